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
    <rasterrenderer type="singlebandpseudocolor" band="1" classificationMin="0" classificationMax="45" alphaBand="-1" opacity="1" nodataColor="">
      <minMaxOrigin>
        <limits>None</limits>
        <extent>WholeRaster</extent>
        <statAccuracy>Estimated</statAccuracy>
        <cumulativeCutLower>0.02</cumulativeCutLower>
        <cumulativeCutUpper>0.98</cumulativeCutUpper>
        <stdDevFactor>2</stdDevFactor>
      </minMaxOrigin>
      <rastershader>
        <colorrampshader clip="0" minimumValue="0" maximumValue="45" colorRampType="INTERPOLATED" classificationMode="1" labelPrecision="6">
          <colorramp type="gradient" name="[source]">
            <Option type="Map">
              <Option type="QString" name="color1" value="68,1,84,255"/>
              <Option type="QString" name="color2" value="253,231,37,255"/>
              <Option type="QString" name="discrete" value="0"/>
              <Option type="QString" name="rampType" value="gradient"/>
              <Option type="QString" name="stops" value="0.0196078;70,8,92,255:0.0392157;71,16,99,255:0.0588235;72,23,105,255:0.0784314;72,29,111,255:0.0980392;72,36,117,255:0.117647;71,42,122,255:0.137255;70,48,126,255:0.156863;69,55,129,255:0.176471;67,61,132,255:0.196078;65,66,135,255:0.215686;63,72,137,255:0.235294;61,78,138,255:0.254902;58,83,139,255:0.27451;56,89,140,255:0.294118;53,94,141,255:0.313725;51,99,141,255:0.333333;49,104,142,255:0.352941;46,109,142,255:0.372549;44,113,142,255:0.392157;42,118,142,255:0.411765;41,123,142,255:0.431373;39,128,142,255:0.45098;37,132,142,255:0.470588;35,137,142,255:0.490196;33,142,141,255:0.509804;32,146,140,255:0.529412;31,151,139,255:0.54902;30,156,137,255:0.568627;31,161,136,255:0.588235;33,165,133,255:0.607843;36,170,131,255:0.627451;40,174,128,255:0.647059;46,179,124,255:0.666667;53,183,121,255:0.686275;61,188,116,255:0.705882;70,192,111,255:0.72549;80,196,106,255:0.745098;90,200,100,255:0.764706;101,203,94,255:0.784314;112,207,87,255:0.803922;124,210,80,255:0.823529;137,213,72,255:0.843137;149,216,64,255:0.862745;162,218,55,255:0.882353;176,221,47,255:0.901961;189,223,38,255:0.921569;202,225,31,255:0.941176;216,226,25,255:0.960784;229,228,25,255:0.980392;241,229,29,255"/>
            </Option>
            <prop k="color1" v="68,1,84,255"/>
            <prop k="color2" v="253,231,37,255"/>
            <prop k="discrete" v="0"/>
            <prop k="rampType" v="gradient"/>
            <prop k="stops" v="0.0196078;70,8,92,255:0.0392157;71,16,99,255:0.0588235;72,23,105,255:0.0784314;72,29,111,255:0.0980392;72,36,117,255:0.117647;71,42,122,255:0.137255;70,48,126,255:0.156863;69,55,129,255:0.176471;67,61,132,255:0.196078;65,66,135,255:0.215686;63,72,137,255:0.235294;61,78,138,255:0.254902;58,83,139,255:0.27451;56,89,140,255:0.294118;53,94,141,255:0.313725;51,99,141,255:0.333333;49,104,142,255:0.352941;46,109,142,255:0.372549;44,113,142,255:0.392157;42,118,142,255:0.411765;41,123,142,255:0.431373;39,128,142,255:0.45098;37,132,142,255:0.470588;35,137,142,255:0.490196;33,142,141,255:0.509804;32,146,140,255:0.529412;31,151,139,255:0.54902;30,156,137,255:0.568627;31,161,136,255:0.588235;33,165,133,255:0.607843;36,170,131,255:0.627451;40,174,128,255:0.647059;46,179,124,255:0.666667;53,183,121,255:0.686275;61,188,116,255:0.705882;70,192,111,255:0.72549;80,196,106,255:0.745098;90,200,100,255:0.764706;101,203,94,255:0.784314;112,207,87,255:0.803922;124,210,80,255:0.823529;137,213,72,255:0.843137;149,216,64,255:0.862745;162,218,55,255:0.882353;176,221,47,255:0.901961;189,223,38,255:0.921569;202,225,31,255:0.941176;216,226,25,255:0.960784;229,228,25,255:0.980392;241,229,29,255"/>
          </colorramp>
          <item alpha="255" value="0" color="#440154" label="0"/>
          <item alpha="255" value="0.882351" color="#46085c" label="0.882"/>
          <item alpha="255" value="1.7647065" color="#471063" label="1.76"/>
          <item alpha="255" value="2.6470575" color="#481769" label="2.65"/>
          <item alpha="255" value="3.529413" color="#481d6f" label="3.53"/>
          <item alpha="255" value="4.411764000000001" color="#482475" label="4.41"/>
          <item alpha="255" value="5.294115" color="#472a7a" label="5.29"/>
          <item alpha="255" value="6.176475" color="#46307e" label="6.18"/>
          <item alpha="255" value="7.058835" color="#453781" label="7.06"/>
          <item alpha="255" value="7.941195" color="#433d84" label="7.94"/>
          <item alpha="255" value="8.82351" color="#414287" label="8.82"/>
          <item alpha="255" value="9.705869999999999" color="#3f4889" label="9.71"/>
          <item alpha="255" value="10.58823" color="#3d4e8a" label="10.6"/>
          <item alpha="255" value="11.470590000000001" color="#3a538b" label="11.5"/>
          <item alpha="255" value="12.352949999999998" color="#38598c" label="12.4"/>
          <item alpha="255" value="13.23531" color="#355e8d" label="13.2"/>
          <item alpha="255" value="14.117624999999999" color="#33638d" label="14.1"/>
          <item alpha="255" value="14.999984999999999" color="#31688e" label="15"/>
          <item alpha="255" value="15.882345" color="#2e6d8e" label="15.9"/>
          <item alpha="255" value="16.764705" color="#2c718e" label="16.8"/>
          <item alpha="255" value="17.647064999999998" color="#2a768e" label="17.6"/>
          <item alpha="255" value="18.529425" color="#297b8e" label="18.5"/>
          <item alpha="255" value="19.411785000000002" color="#27808e" label="19.4"/>
          <item alpha="255" value="20.2941" color="#25848e" label="20.3"/>
          <item alpha="255" value="21.17646" color="#23898e" label="21.2"/>
          <item alpha="255" value="22.05882" color="#218e8d" label="22.1"/>
          <item alpha="255" value="22.941180000000003" color="#20928c" label="22.9"/>
          <item alpha="255" value="23.82354" color="#1f978b" label="23.8"/>
          <item alpha="255" value="24.705899999999996" color="#1e9c89" label="24.7"/>
          <item alpha="255" value="25.588214999999998" color="#1fa188" label="25.6"/>
          <item alpha="255" value="26.470574999999997" color="#21a585" label="26.5"/>
          <item alpha="255" value="27.352935000000002" color="#24aa83" label="27.4"/>
          <item alpha="255" value="28.235295" color="#28ae80" label="28.2"/>
          <item alpha="255" value="29.117655000000003" color="#2eb37c" label="29.1"/>
          <item alpha="255" value="30.000015" color="#35b779" label="30"/>
          <item alpha="255" value="30.882375" color="#3dbc74" label="30.9"/>
          <item alpha="255" value="31.76469" color="#46c06f" label="31.8"/>
          <item alpha="255" value="32.64705" color="#50c46a" label="32.6"/>
          <item alpha="255" value="33.52941" color="#5ac864" label="33.5"/>
          <item alpha="255" value="34.41177" color="#65cb5e" label="34.4"/>
          <item alpha="255" value="35.294129999999996" color="#70cf57" label="35.3"/>
          <item alpha="255" value="36.17649" color="#7cd250" label="36.2"/>
          <item alpha="255" value="37.058805" color="#89d548" label="37.1"/>
          <item alpha="255" value="37.941165" color="#95d840" label="37.9"/>
          <item alpha="255" value="38.823525" color="#a2da37" label="38.8"/>
          <item alpha="255" value="39.705885" color="#b0dd2f" label="39.7"/>
          <item alpha="255" value="40.588245" color="#bddf26" label="40.6"/>
          <item alpha="255" value="41.470605" color="#cae11f" label="41.5"/>
          <item alpha="255" value="42.35292" color="#d8e219" label="42.4"/>
          <item alpha="255" value="43.235279999999996" color="#e5e419" label="43.2"/>
          <item alpha="255" value="44.11764" color="#f1e51d" label="44.1"/>
          <item alpha="255" value="45" color="#fde725" label="45"/>
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
