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
        <paletteEntry alpha="255" value="0" color="#252525" label="0 · source cell"/>
        <paletteEntry alpha="255" value="1" color="#eb3b3b" label="1 · from N (north)"/>
        <paletteEntry alpha="255" value="2" color="#ebbf3b" label="2 · from NE (north-east)"/>
        <paletteEntry alpha="255" value="3" color="#93eb3b" label="3 · from E (east)"/>
        <paletteEntry alpha="255" value="4" color="#3beb67" label="4 · from SE (south-east)"/>
        <paletteEntry alpha="255" value="5" color="#3bebeb" label="5 · from S (south)"/>
        <paletteEntry alpha="255" value="6" color="#3b67eb" label="6 · from SW (south-west)"/>
        <paletteEntry alpha="255" value="7" color="#933beb" label="7 · from W (west)"/>
        <paletteEntry alpha="255" value="8" color="#eb3bbf" label="8 · from NW (north-west)"/>
        <paletteEntry alpha="255" value="9" color="#eba975" label="9 · from NNE (north-north-east)"/>
        <paletteEntry alpha="255" value="10" color="#e4eb75" label="10 · from ENE (east-north-east)"/>
        <paletteEntry alpha="255" value="11" color="#7ceb75" label="11 · from ESE (east-south-east)"/>
        <paletteEntry alpha="255" value="12" color="#75ebb7" label="12 · from SSE (south-south-east)"/>
        <paletteEntry alpha="255" value="13" color="#75b7eb" label="13 · from SSW (south-south-west)"/>
        <paletteEntry alpha="255" value="14" color="#7c75eb" label="14 · from WSW (west-south-west)"/>
        <paletteEntry alpha="255" value="15" color="#e475eb" label="15 · from WNW (west-north-west)"/>
        <paletteEntry alpha="255" value="16" color="#eb75a9" label="16 · from NNW (north-north-west)"/>
      </colorPalette>
    </rasterrenderer>
    <brightnesscontrast brightness="0" contrast="0" gamma="1"/>
    <huesaturation saturation="0" colorizeGreen="128" colorizeBlue="128" colorizeStrength="100" colorizeRed="255" invertColors="0" grayscaleMode="0" colorizeOn="0"/>
    <rasterresampler maxOversampling="2"/>
    <resamplingStage>resamplingFilter</resamplingStage>
  </pipe>
  <blendMode>0</blendMode>
</qgis>
