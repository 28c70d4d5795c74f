<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>
<qgis minScale="1e+08" version="3.22.16-Białowieża" styleCategories="AllStyleCategories" hasScaleBasedVisibilityFlag="0" maxScale="0">
  <flags>
    <Identifiable>1</Identifiable>
    <Removable>1</Removable>
    <Searchable>1</Searchable>
    <Private>0</Private>
  </flags>
  <temporal fetchMode="0" enabled="0" mode="0">
    <fixedRange>
      <start></start>
      <end></end>
    </fixedRange>
  </temporal>
  <customproperties>
    <Option type="Map">
      <Option type="QString" name="identify/format" value="Value"/>
    </Option>
  </customproperties>
  <pipe-data-defined-properties>
    <Option type="Map">
      <Option type="QString" name="name" value=""/>
      <Option name="properties"/>
      <Option type="QString" name="type" value="collection"/>
    </Option>
  </pipe-data-defined-properties>
  <pipe>
    <provider>
      <resampling zoomedInResamplingMethod="nearestNeighbour" zoomedOutResamplingMethod="nearestNeighbour" enabled="false" maxOversampling="2"/>
    </provider>
    <rasterrenderer type="paletted" band="1" alphaBand="-1" opacity="1" nodataColor="">
      <minMaxOrigin>
        <limits>None</limits>
        <extent>WholeRaster</extent>
        <statAccuracy>Estimated</statAccuracy>
        <cumulativeCutLower>0.02</cumulativeCutLower>
        <cumulativeCutUpper>0.98</cumulativeCutUpper>
        <stdDevFactor>2</stdDevFactor>
      </minMaxOrigin>
      <colorPalette>
        <paletteEntry alpha="255" value="0" color="#dcdcdc" label="Background"/>
        <paletteEntry alpha="255" value="1" color="#ff8c00" label="Branch"/>
        <paletteEntry alpha="255" value="3" color="#000000" label="Edge"/>
        <paletteEntry alpha="255" value="5" color="#0000ff" label="Perforation"/>
        <paletteEntry alpha="255" value="9" color="#a03c00" label="Islet"/>
        <paletteEntry alpha="255" value="17" color="#00c800" label="Core"/>
        <paletteEntry alpha="255" value="33" color="#ff0000" label="Bridge"/>
        <paletteEntry alpha="255" value="35" color="#ff0000" label="Bridge in edge"/>
        <paletteEntry alpha="255" value="37" color="#ff0000" label="Bridge in perforation"/>
        <paletteEntry alpha="255" value="65" color="#ffff00" label="Loop"/>
        <paletteEntry alpha="255" value="67" color="#ffff00" label="Loop in edge"/>
        <paletteEntry alpha="255" value="69" color="#ffff00" label="Loop in perforation"/>
        <paletteEntry alpha="255" value="100" color="#888888" label="Core opening"/>
        <paletteEntry alpha="255" value="101" color="#ff8c00" label="Internal branch"/>
        <paletteEntry alpha="255" value="103" color="#000000" label="Internal edge"/>
        <paletteEntry alpha="255" value="105" color="#0000ff" label="Internal perforation"/>
        <paletteEntry alpha="255" value="109" color="#a03c00" label="Internal islet"/>
        <paletteEntry alpha="255" value="117" color="#00c800" label="Internal core"/>
        <paletteEntry alpha="255" value="133" color="#ff0000" label="Internal bridge"/>
        <paletteEntry alpha="255" value="135" color="#ff0000" label="Internal bridge in edge"/>
        <paletteEntry alpha="255" value="137" color="#ff0000" label="Internal bridge in perforation"/>
        <paletteEntry alpha="255" value="165" color="#ffff00" label="Internal loop"/>
        <paletteEntry alpha="255" value="167" color="#ffff00" label="Internal loop in edge"/>
        <paletteEntry alpha="255" value="169" color="#ffff00" label="Internal loop in perforation"/>
        <paletteEntry alpha="255" value="220" color="#c2c2c2" label="Border opening"/>
      </colorPalette>
    </rasterrenderer>
    <brightnesscontrast brightness="0" contrast="0" gamma="1"/>
    <huesaturation saturation="0" colorizeGreen="128" colorizeBlue="128" colorizeStrength="100" colorizeRed="255" invertColors="0" grayscaleMode="0" colorizeOn="0"/>
    <rasterresampler maxOversampling="2"/>
    <resamplingStage>resamplingFilter</resamplingStage>
  </pipe>
  <blendMode>0</blendMode>
</qgis>
