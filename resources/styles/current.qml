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
    <rasterrenderer type="singlebandpseudocolor" band="1" classificationMin="0.001" classificationMax="1" alphaBand="-1" opacity="1" nodataColor="">
      <minMaxOrigin>
        <limits>None</limits>
        <extent>WholeRaster</extent>
        <statAccuracy>Estimated</statAccuracy>
        <cumulativeCutLower>0.02</cumulativeCutLower>
        <cumulativeCutUpper>0.98</cumulativeCutUpper>
        <stdDevFactor>2</stdDevFactor>
      </minMaxOrigin>
      <rastershader>
        <colorrampshader clip="0" minimumValue="0.001" maximumValue="1" colorRampType="INTERPOLATED" classificationMode="1" labelPrecision="6">
          <colorramp type="gradient" name="[source]">
            <Option type="Map">
              <Option type="QString" name="color1" value="0,0,4,255"/>
              <Option type="QString" name="color2" value="252,255,164,255"/>
              <Option type="QString" name="discrete" value="0"/>
              <Option type="QString" name="rampType" value="gradient"/>
              <Option type="QString" name="stops" value="0.0196078;2,2,12,255:0.0392157;5,4,23,255:0.0588235;10,7,34,255:0.0784314;16,9,45,255:0.0980392;22,11,57,255:0.117647;30,12,69,255:0.137255;38,12,81,255:0.156863;47,10,91,255:0.176471;56,9,98,255:0.196078;64,10,103,255:0.215686;73,11,106,255:0.235294;81,14,108,255:0.254902;89,16,110,255:0.27451;97,19,110,255:0.294118;105,22,110,255:0.313725;113,25,110,255:0.333333;120,28,109,255:0.352941;128,31,108,255:0.372549;136,34,106,255:0.392157;144,37,104,255:0.411765;152,39,102,255:0.431373;160,42,99,255:0.45098;168,46,95,255:0.470588;176,49,91,255:0.490196;183,53,87,255:0.509804;191,57,82,255:0.529412;198,61,77,255:0.54902;204,66,72,255:0.568627;211,71,67,255:0.588235;217,77,61,255:0.607843;223,83,55,255:0.627451;228,90,49,255:0.647059;233,97,43,255:0.666667;237,105,37,255:0.686275;241,113,31,255:0.705882;244,121,24,255:0.72549;247,130,18,255:0.745098;249,139,11,255:0.764706;250,148,7,255:0.784314;251,157,7,255:0.803922;252,166,12,255:0.823529;252,176,20,255:0.843137;251,186,31,255:0.862745;250,196,42,255:0.882353;248,205,55,255:0.901961;246,215,70,255:0.921569;244,225,86,255:0.941176;242,234,105,255:0.960784;242,242,125,255:0.980392;245,249,146,255"/>
            </Option>
            <prop k="color1" v="0,0,4,255"/>
            <prop k="color2" v="252,255,164,255"/>
            <prop k="discrete" v="0"/>
            <prop k="rampType" v="gradient"/>
            <prop k="stops" v="0.0196078;2,2,12,255:0.0392157;5,4,23,255:0.0588235;10,7,34,255:0.0784314;16,9,45,255:0.0980392;22,11,57,255:0.117647;30,12,69,255:0.137255;38,12,81,255:0.156863;47,10,91,255:0.176471;56,9,98,255:0.196078;64,10,103,255:0.215686;73,11,106,255:0.235294;81,14,108,255:0.254902;89,16,110,255:0.27451;97,19,110,255:0.294118;105,22,110,255:0.313725;113,25,110,255:0.333333;120,28,109,255:0.352941;128,31,108,255:0.372549;136,34,106,255:0.392157;144,37,104,255:0.411765;152,39,102,255:0.431373;160,42,99,255:0.45098;168,46,95,255:0.470588;176,49,91,255:0.490196;183,53,87,255:0.509804;191,57,82,255:0.529412;198,61,77,255:0.54902;204,66,72,255:0.568627;211,71,67,255:0.588235;217,77,61,255:0.607843;223,83,55,255:0.627451;228,90,49,255:0.647059;233,97,43,255:0.666667;237,105,37,255:0.686275;241,113,31,255:0.705882;244,121,24,255:0.72549;247,130,18,255:0.745098;249,139,11,255:0.764706;250,148,7,255:0.784314;251,157,7,255:0.803922;252,166,12,255:0.823529;252,176,20,255:0.843137;251,186,31,255:0.862745;250,196,42,255:0.882353;248,205,55,255:0.901961;246,215,70,255:0.921569;244,225,86,255:0.941176;242,234,105,255:0.960784;242,242,125,255:0.980392;245,249,146,255"/>
          </colorramp>
          <item alpha="255" value="0.001" color="#000004" label="0.001"/>
          <item alpha="255" value="0.0205881922" color="#02020c" label="0.0206"/>
          <item alpha="255" value="0.0401764843" color="#050417" label="0.0402"/>
          <item alpha="255" value="0.0597646765" color="#0a0722" label="0.0598"/>
          <item alpha="255" value="0.0793529686" color="#10092d" label="0.0794"/>
          <item alpha="255" value="0.0989411608" color="#160b39" label="0.0989"/>
          <item alpha="255" value="0.118529353" color="#1e0c45" label="0.119"/>
          <item alpha="255" value="0.138117745" color="#260c51" label="0.138"/>
          <item alpha="255" value="0.157706137" color="#2f0a5b" label="0.158"/>
          <item alpha="255" value="0.177294529" color="#380962" label="0.177"/>
          <item alpha="255" value="0.196881922" color="#400a67" label="0.197"/>
          <item alpha="255" value="0.216470314" color="#490b6a" label="0.216"/>
          <item alpha="255" value="0.236058706" color="#510e6c" label="0.236"/>
          <item alpha="255" value="0.255647098" color="#59106e" label="0.256"/>
          <item alpha="255" value="0.27523549" color="#61136e" label="0.275"/>
          <item alpha="255" value="0.294823882" color="#69166e" label="0.295"/>
          <item alpha="255" value="0.314411275" color="#71196e" label="0.314"/>
          <item alpha="255" value="0.333999667" color="#781c6d" label="0.334"/>
          <item alpha="255" value="0.353588059" color="#801f6c" label="0.354"/>
          <item alpha="255" value="0.373176451" color="#88226a" label="0.373"/>
          <item alpha="255" value="0.392764843" color="#902568" label="0.393"/>
          <item alpha="255" value="0.412353235" color="#982766" label="0.412"/>
          <item alpha="255" value="0.431941627" color="#a02a63" label="0.432"/>
          <item alpha="255" value="0.45152902" color="#a82e5f" label="0.452"/>
          <item alpha="255" value="0.471117412" color="#b0315b" label="0.471"/>
          <item alpha="255" value="0.490705804" color="#b73557" label="0.491"/>
          <item alpha="255" value="0.510294196" color="#bf3952" label="0.51"/>
          <item alpha="255" value="0.529882588" color="#c63d4d" label="0.53"/>
          <item alpha="255" value="0.54947098" color="#cc4248" label="0.549"/>
          <item alpha="255" value="0.569058373" color="#d34743" label="0.569"/>
          <item alpha="255" value="0.588646765" color="#d94d3d" label="0.589"/>
          <item alpha="255" value="0.608235157" color="#df5337" label="0.608"/>
          <item alpha="255" value="0.627823549" color="#e45a31" label="0.628"/>
          <item alpha="255" value="0.647411941" color="#e9612b" label="0.647"/>
          <item alpha="255" value="0.667000333" color="#ed6925" label="0.667"/>
          <item alpha="255" value="0.686588725" color="#f1711f" label="0.687"/>
          <item alpha="255" value="0.706176118" color="#f47918" label="0.706"/>
          <item alpha="255" value="0.72576451" color="#f78212" label="0.726"/>
          <item alpha="255" value="0.745352902" color="#f98b0b" label="0.745"/>
          <item alpha="255" value="0.764941294" color="#fa9407" label="0.765"/>
          <item alpha="255" value="0.784529686" color="#fb9d07" label="0.785"/>
          <item alpha="255" value="0.804118078" color="#fca60c" label="0.804"/>
          <item alpha="255" value="0.823705471" color="#fcb014" label="0.824"/>
          <item alpha="255" value="0.843293863" color="#fbba1f" label="0.843"/>
          <item alpha="255" value="0.862882255" color="#fac42a" label="0.863"/>
          <item alpha="255" value="0.882470647" color="#f8cd37" label="0.882"/>
          <item alpha="255" value="0.902059039" color="#f6d746" label="0.902"/>
          <item alpha="255" value="0.921647431" color="#f4e156" label="0.922"/>
          <item alpha="255" value="0.941234824" color="#f2ea69" label="0.941"/>
          <item alpha="255" value="0.960823216" color="#f2f27d" label="0.961"/>
          <item alpha="255" value="0.980411608" color="#f5f992" label="0.98"/>
          <item alpha="255" value="1" color="#fcffa4" label="1"/>
          <rampLegendSettings suffix="" prefix="" useContinuousLegend="1" minimumLabel="" orientation="2" maximumLabel="" direction="0">
            <numericFormat id="basic">
              <Option type="Map">
                <Option type="QChar" name="decimal_separator" value=""/>
                <Option type="int" name="decimals" value="6"/>
                <Option type="int" name="rounding_type" value="0"/>
                <Option type="bool" name="show_plus" value="false"/>
                <Option type="bool" name="show_thousand_separator" value="true"/>
                <Option type="bool" name="show_trailing_zeros" value="false"/>
                <Option type="QChar" name="thousand_separator" value=""/>
              </Option>
            </numericFormat>
          </rampLegendSettings>
        </colorrampshader>
      </rastershader>
    </rasterrenderer>
    <brightnesscontrast brightness="0" contrast="0" gamma="1"/>
    <huesaturation saturation="0" colorizeGreen="128" colorizeBlue="128" colorizeStrength="100" colorizeRed="255" invertColors="0" grayscaleMode="0" colorizeOn="0"/>
    <rasterresampler maxOversampling="2"/>
    <resamplingStage>resamplingFilter</resamplingStage>
  </pipe>
  <blendMode>0</blendMode>
</qgis>
