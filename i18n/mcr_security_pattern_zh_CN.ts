<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
    <context>
        <name>McrAlgorithm</name>
        <message>
            <location filename="../algorithms/provider.py" line="171" />
            <source>MCR ecological security pattern</source>
            <translation>最小累积阻力（MCR）生态安全格局</translation>
        </message>
        <message>
            <extracomment>mcr:landuseresistance</extracomment>
            <source>Land-use raster (class codes)</source>
            <translation>土地利用栅格（类别代码）</translation>
        </message>
        <message>
            <extracomment>mcr:landuseresistance</extracomment>
            <source>Land-use raster holding integer class codes (of the preset's product, or of your own table). Leave empty when you give polygons.</source>
            <translation>存储整数类别代码的土地利用栅格（代码采用预设对应产品的编码，或您自己的分类表）。给出面要素时请留空。</translation>
        </message>
        <message>
            <location filename="../algorithms/landuse_input.py" line="61" />
            <source>Band</source>
            <translation>波段</translation>
        </message>
        <message>
            <extracomment>mcr:landuseresistance</extracomment>
            <source>Band of the land-use raster that holds the class codes (default 1).</source>
            <translation>土地利用栅格中存储类别代码的波段（默认 1）。</translation>
        </message>
        <message>
            <location filename="../algorithms/landuse_input.py" line="64" />
            <source>Land-use polygons</source>
            <translation>土地利用面要素</translation>
        </message>
        <message>
            <extracomment>mcr:landuseresistance</extracomment>
            <source>Land-use polygons (for example a hand-digitised land-use map). Leave empty when you give a raster.</source>
            <translation>土地利用面要素（例如人工数字化的土地利用图）。给出栅格时请留空。</translation>
        </message>
        <message>
            <location filename="../algorithms/landuse_input.py" line="69" />
            <source>Class field (codes or names)</source>
            <translation>类别字段（代码或名称）</translation>
        </message>
        <message>
            <extracomment>mcr:landuseresistance</extracomment>
            <source>Field of the polygons with the class: a code (number) or a class name of the table (matched without regard to case, spaces, hyphens, underscores, slashes and brackets).</source>
            <translation>面要素中表示类别的字段：类别代码（数字）或分类表中的类别名称（匹配时忽略大小写、空格、连字符、下划线、斜杠和括号）。</translation>
        </message>
        <message>
            <location filename="../algorithms/landuse_input.py" line="75" />
            <source>Reference grid for polygons</source>
            <translation>面要素的参考格网</translation>
        </message>
        <message>
            <extracomment>mcr:landuseresistance</extracomment>
            <source>Raster whose grid (extent, cell size, CRS) the polygons are rasterised onto, for example the DEM or another epoch's land use.</source>
            <translation>面要素栅格化所依据的栅格格网（范围、像元大小、坐标参考系），例如 DEM 或另一时期的土地利用。</translation>
        </message>
        <message>
            <location filename="../algorithms/landuse_input.py" line="77" />
            <source>Extent for polygons</source>
            <translation>面要素的范围</translation>
        </message>
        <message>
            <extracomment>mcr:landuseresistance</extracomment>
            <source>Extent of the output grid when rasterising polygons without a reference raster (default: the polygons' extent).</source>
            <translation>在没有参考栅格时栅格化面要素，输出格网的范围（默认：面要素的范围）。</translation>
        </message>
        <message>
            <location filename="../algorithms/landuse_input.py" line="80" />
            <source>Cell size for polygons (map units)</source>
            <translation>面要素的像元大小（地图单位）</translation>
        </message>
        <message>
            <extracomment>mcr:landuseresistance</extracomment>
            <source>Cell size, in map units of the output CRS, when rasterising polygons without a reference raster.</source>
            <translation>在没有参考栅格时栅格化面要素所用的像元大小，以输出坐标参考系的地图单位计。</translation>
        </message>
        <message>
            <location filename="../algorithms/landuse_input.py" line="83" />
            <source>CRS for polygons</source>
            <translation>面要素的坐标参考系</translation>
        </message>
        <message>
            <extracomment>mcr:landuseresistance</extracomment>
            <source>CRS of the output grid when rasterising polygons without a reference raster (default: the extent's CRS, else the polygons' CRS). Use a projected CRS so that later stages measure metres.</source>
            <translation>在没有参考栅格时栅格化面要素，输出格网的坐标参考系（默认：范围的坐标参考系，否则为面要素的坐标参考系）。请使用投影坐标参考系，以便后续步骤以米为单位量算。</translation>
        </message>
        <message>
            <location filename="../algorithms/landuse_input.py" line="90" />
            <source>Class table preset (land-cover product)</source>
            <translation>分类表预设（土地覆被产品）</translation>
        </message>
        <message>
            <extracomment>mcr:landuseresistance</extracomment>
            <source>Class table of a land-cover product: paper (Li et al. 2020, Table 1; the sample data's codes 1–9), clcd (China Land Cover Dataset), cnlucc (CAS/RESDC land use, classes 11–67), worldcover (ESA WorldCover), globeland30, nlcd (US NLCD 11–95), nlcd_level1 (NLCD recoded to 1–9), corine (CORINE level 3, 111–523). Each maps the product's classes onto the paper's Table 1 on its 1–10 scale and names its habitat, barrier and farmland classes (resources/presets/README.md). A table file or a typed table overrides it. In qgis_process: PRESET=clcd.</source>
            <translation>土地覆被产品的分类表：paper（Li et al. 2020 表 1；示例数据的代码 1–9）、clcd（中国土地覆盖数据集 CLCD）、cnlucc（中国科学院资源环境科学与数据中心土地利用数据，类别 11–67）、worldcover（ESA WorldCover）、globeland30、nlcd（美国 NLCD 11–95）、nlcd_level1（NLCD 重编码为 1–9）、corine（CORINE 第 3 级分类，111–523）。每个预设都把该产品的类别对应到原文表 1 的类别及其 1–10 阻力等级，并指明生境类、障碍类和耕地类（见 resources/presets/README.md）。分类表文件或手动输入的分类表优先于预设。在 qgis_process 中：PRESET=clcd。</translation>
        </message>
        <message>
            <location filename="../algorithms/landuse_input.py" line="96" />
            <source>Class table file (CSV: code,name,resistance)</source>
            <translation>分类表文件（CSV：code,name,resistance）</translation>
        </message>
        <message>
            <extracomment>mcr:landuseresistance</extracomment>
            <source>A class table as a CSV file (UTF-8, a header line, columns code,name,resistance; names with commas in quotes; more columns are ignored, so a preset file works too). Overrides the preset.</source>
            <translation>CSV 格式的分类表文件（UTF-8 编码，含表头行，列为 code,name,resistance；含逗号的名称加引号；多余的列被忽略，因此预设文件也可直接使用）。优先于预设。</translation>
        </message>
        <message>
            <location filename="../algorithms/landuse_input.py" line="102" />
            <source>Class table (overrides the preset and the file)</source>
            <translation>分类表（优先于预设和分类表文件）</translation>
        </message>
        <message>
            <location filename="../algorithms/landuse_input.py" line="103" />
            <source>Class code</source>
            <translation>类别代码</translation>
        </message>
        <message>
            <location filename="../algorithms/landuse_input.py" line="103" />
            <source>Class name</source>
            <translation>类别名称</translation>
        </message>
        <message>
            <location filename="../algorithms/landuse_input.py" line="103" />
            <source>Resistance</source>
            <translation>阻力值</translation>
        </message>
        <message>
            <extracomment>mcr:landuseresistance</extracomment>
            <source>Class code, class name and resistance (&gt; 0) of each land-use class, typed in. Overrides the preset and the table file. Empty (default): the preset or the file.</source>
            <translation>手动输入每个土地利用类别的类别代码、类别名称和阻力值（&gt; 0）。优先于预设和分类表文件。留空（默认）：使用预设或分类表文件。</translation>
        </message>
        <message>
            <location filename="../algorithms/landuse_resistance.py" line="57" />
            <source>Classes missing from the table</source>
            <translation>分类表中缺少的类别</translation>
        </message>
        <message>
            <location filename="../algorithms/landuse_resistance.py" line="58" />
            <source>Stop with an error</source>
            <translation>报错并停止</translation>
        </message>
        <message>
            <location filename="../algorithms/landuse_resistance.py" line="58" />
            <source>Set to NoData</source>
            <translation>设为无数据（NoData）</translation>
        </message>
        <message>
            <location filename="../algorithms/landuse_resistance.py" line="58" />
            <source>Give them a value</source>
            <translation>赋予指定值</translation>
        </message>
        <message>
            <extracomment>mcr:landuseresistance</extracomment>
            <source>What to do with classes that occur in the input but not in the table: stop with an error that lists them (default), set them to NoData (barriers), or give them the value below. Both options print a warning with the classes and cell counts.</source>
            <translation>输入中出现但分类表中没有的类别如何处理：报错并停止，同时列出这些类别（默认）；设为无数据（NoData，即障碍）；或赋予下方的值。后两种选项都会发出警告，列出这些类别及其像元数。</translation>
        </message>
        <message>
            <location filename="../algorithms/landuse_resistance.py" line="63" />
            <source>Resistance of missing classes</source>
            <translation>缺失类别的阻力值</translation>
        </message>
        <message>
            <extracomment>mcr:landuseresistance</extracomment>
            <source>Resistance (&gt; 0) given to classes missing from the table when that option is chosen.</source>
            <translation>选择该选项时，赋予分类表中缺失类别的阻力值（&gt; 0）。</translation>
        </message>
        <message>
            <location filename="../algorithms/landuse_resistance.py" line="96" />
            <source>Land-use resistance</source>
            <translation>土地利用阻力</translation>
        </message>
        <message>
            <extracomment>mcr:landuseresistance</extracomment>
            <source>Resistance raster (Float32 GeoTIFF, NoData −9999) on the land-use grid.</source>
            <translation>土地利用格网上的阻力栅格（Float32 GeoTIFF，无数据值 −9999）。</translation>
        </message>
        <message>
            <location filename="../algorithms/landuse_resistance.py" line="72" />
            <source>Land-use class codes on the output grid</source>
            <translation>输出格网上的土地利用类别代码</translation>
        </message>
        <message>
            <extracomment>mcr:landuseresistance</extracomment>
            <source>Optional raster of the land-use class codes on the output grid (Int32): the rasterised polygons, or the raster's codes, for the sources and corridors steps.</source>
            <translation>可选的输出格网上的土地利用类别代码栅格（Int32）：栅格化后的面要素或栅格本身的代码，供生态源地和生态廊道步骤使用。</translation>
        </message>
        <message>
            <extracomment>mcr:landuseresistance</extracomment>
            <source>1 · Resistance surface</source>
            <translation>1 · 阻力面</translation>
        </message>
        <message>
            <extracomment>mcr:landuseresistance</extracomment>
            <source>Converts land use into a resistance raster through an editable class table.</source>
            <translation>通过可编辑的分类表，将土地利用转换为阻力栅格。</translation>
        </message>
        <message>
            <extracomment>mcr:landuseresistance</extracomment>
            <source>&lt;p&gt;Stage 1 of the MCR method (Li et al. 2020, §3 and Table 1): every land-use class gets the resistance species meet when they cross it. The class table comes from a &lt;b&gt;preset&lt;/b&gt; — the paper's Table 1 (default) or the classes of a land-cover product mapped onto the paper's categories and its 1–10 scale: CLCD, CNLUCC, ESA WorldCover, GlobeLand30, US NLCD (and its level-I recode), CORINE — or from a &lt;b&gt;CSV file&lt;/b&gt;, or a table typed in (which overrides both). The presets are this plugin's mapping, explained class by class in resources/presets/README.md; only &lt;i&gt;paper&lt;/i&gt; is the paper's. The paper's Table 1, keyed to the codes of the bundled sample data:&lt;/p&gt;</source>
            <translation>&lt;p&gt;MCR 方法的第 1 步（Li et al. 2020，第 3 节及表 1）：为每个土地利用类别赋予物种穿越时所受的阻力。分类表来自&lt;b&gt;预设&lt;/b&gt;——原文表 1（默认），或将某一土地覆被产品的类别对应到原文类别及其 1–10 等级的预设：CLCD、CNLUCC、ESA WorldCover、GlobeLand30、美国 NLCD（及其一级重编码）、CORINE——也可来自 &lt;b&gt;CSV 文件&lt;/b&gt;，或手动输入的分类表（优先于前两者）。各预设是本插件自行建立的对应关系，逐类说明见 resources/presets/README.md；只有 &lt;i&gt;paper&lt;/i&gt; 出自原文。原文表 1，按随附示例数据的代码排列：&lt;/p&gt;</translation>
        </message>
        <message>
            <extracomment>mcr:landuseresistance</extracomment>
            <source>&lt;table border="1" cellpadding="2"&gt; &lt;tr&gt;&lt;th&gt;code&lt;/th&gt;&lt;th&gt;class&lt;/th&gt;&lt;th&gt;resistance&lt;/th&gt;&lt;/tr&gt; &lt;tr&gt;&lt;td&gt;1&lt;/td&gt;&lt;td&gt;Vegetation&lt;/td&gt;&lt;td&gt;1&lt;/td&gt;&lt;/tr&gt; &lt;tr&gt;&lt;td&gt;2&lt;/td&gt;&lt;td&gt;Reclaimed vegetation&lt;/td&gt;&lt;td&gt;2&lt;/td&gt;&lt;/tr&gt; &lt;tr&gt;&lt;td&gt;3&lt;/td&gt;&lt;td&gt;Water body&lt;/td&gt;&lt;td&gt;2&lt;/td&gt;&lt;/tr&gt; &lt;tr&gt;&lt;td&gt;4&lt;/td&gt;&lt;td&gt;Orchard&lt;/td&gt;&lt;td&gt;3&lt;/td&gt;&lt;/tr&gt; &lt;tr&gt;&lt;td&gt;5&lt;/td&gt;&lt;td&gt;Farmland&lt;/td&gt;&lt;td&gt;4&lt;/td&gt;&lt;/tr&gt; &lt;tr&gt;&lt;td&gt;6&lt;/td&gt;&lt;td&gt;Road&lt;/td&gt;&lt;td&gt;6&lt;/td&gt;&lt;/tr&gt; &lt;tr&gt;&lt;td&gt;7&lt;/td&gt;&lt;td&gt;Building&lt;/td&gt;&lt;td&gt;8&lt;/td&gt;&lt;/tr&gt; &lt;tr&gt;&lt;td&gt;8&lt;/td&gt;&lt;td&gt;Sedimentation tank&lt;/td&gt;&lt;td&gt;9&lt;/td&gt;&lt;/tr&gt; &lt;tr&gt;&lt;td&gt;9&lt;/td&gt;&lt;td&gt;Tailings land&lt;/td&gt;&lt;td&gt;10&lt;/td&gt;&lt;/tr&gt; &lt;/table&gt;</source>
            <translation>&lt;table border="1" cellpadding="2"&gt; &lt;tr&gt;&lt;th&gt;代码&lt;/th&gt;&lt;th&gt;类别&lt;/th&gt;&lt;th&gt;阻力值&lt;/th&gt;&lt;/tr&gt; &lt;tr&gt;&lt;td&gt;1&lt;/td&gt;&lt;td&gt;植被&lt;/td&gt;&lt;td&gt;1&lt;/td&gt;&lt;/tr&gt; &lt;tr&gt;&lt;td&gt;2&lt;/td&gt;&lt;td&gt;复垦植被&lt;/td&gt;&lt;td&gt;2&lt;/td&gt;&lt;/tr&gt; &lt;tr&gt;&lt;td&gt;3&lt;/td&gt;&lt;td&gt;水体&lt;/td&gt;&lt;td&gt;2&lt;/td&gt;&lt;/tr&gt; &lt;tr&gt;&lt;td&gt;4&lt;/td&gt;&lt;td&gt;果园&lt;/td&gt;&lt;td&gt;3&lt;/td&gt;&lt;/tr&gt; &lt;tr&gt;&lt;td&gt;5&lt;/td&gt;&lt;td&gt;耕地&lt;/td&gt;&lt;td&gt;4&lt;/td&gt;&lt;/tr&gt; &lt;tr&gt;&lt;td&gt;6&lt;/td&gt;&lt;td&gt;道路&lt;/td&gt;&lt;td&gt;6&lt;/td&gt;&lt;/tr&gt; &lt;tr&gt;&lt;td&gt;7&lt;/td&gt;&lt;td&gt;建筑用地&lt;/td&gt;&lt;td&gt;8&lt;/td&gt;&lt;/tr&gt; &lt;tr&gt;&lt;td&gt;8&lt;/td&gt;&lt;td&gt;沉淀池&lt;/td&gt;&lt;td&gt;9&lt;/td&gt;&lt;/tr&gt; &lt;tr&gt;&lt;td&gt;9&lt;/td&gt;&lt;td&gt;尾矿地&lt;/td&gt;&lt;td&gt;10&lt;/td&gt;&lt;/tr&gt; &lt;/table&gt;</translation>
        </message>
        <message>
            <extracomment>mcr:landuseresistance</extracomment>
            <source>&lt;p&gt;The log always lists the mapping used: class code → class → resistance, with the cells of each class. When the raster names its own classes (GDAL category names or a raster attribute table), the names are compared with the table's and a disagreement is a warning — the paper's code 1 is vegetation, a product's code 1 may be water.&lt;/p&gt;</source>
            <translation>&lt;p&gt;日志总会列出实际使用的对应关系：类别代码 → 类别 → 阻力值，以及各类别的像元数。若栅格自带类别名称（GDAL 类别名或栅格属性表），会将其与分类表中的名称比对，不一致时给出警告——原文的代码 1 是植被，而某个产品的代码 1 可能是水体。&lt;/p&gt;</translation>
        </message>
        <message>
            <extracomment>mcr:landuseresistance</extracomment>
            <source>&lt;p&gt;Give &lt;b&gt;either&lt;/b&gt; a land-use raster of integer class codes &lt;b&gt;or&lt;/b&gt; land-use polygons with a class field. The field may hold codes or class names; names match the table's names without regard to case, spaces, hyphens, underscores, slashes and brackets ("Snow / Ice" = "snow-ice"). Polygons are rasterised onto the reference raster's grid, or onto a grid built from a cell size (and optionally an extent and CRS; by default the polygons' extent and CRS). A cell takes the class of the polygon covering its centre; where no polygon lies the output is NoData. The optional class-code output writes the codes on the output grid, for the later steps that need land use as a raster.&lt;/p&gt;</source>
            <translation>&lt;p&gt;请给出整数类别代码的土地利用栅格&lt;b&gt;或&lt;/b&gt;带类别字段的土地利用面要素，&lt;b&gt;二者选其一&lt;/b&gt;。该字段可以是代码或类别名称；名称与分类表中的名称匹配时忽略大小写、空格、连字符、下划线、斜杠和括号（"Snow / Ice" = "snow-ice"）。面要素被栅格化到参考栅格的格网上，或由像元大小（可另给范围和坐标参考系；默认取面要素的范围和坐标参考系）构建的格网上。像元取覆盖其中心的面要素的类别；没有面要素的位置输出为无数据（NoData）。可选的类别代码输出将代码写到输出格网上，供后续需要栅格形式土地利用的步骤使用。&lt;/p&gt;</translation>
        </message>
        <message>
            <extracomment>mcr:landuseresistance</extracomment>
            <source>&lt;p&gt;A class found in the input but missing from the table stops the run with a list of the missing classes and their cell counts, unless you choose to set them to NoData or to a value. NoData in the input stays NoData. Resistances must be &amp;gt; 0. Output: Float32 GeoTIFF, NoData −9999. Resistance is unitless; NoData cells are impassable barriers in the MCR surface.&lt;/p&gt;</source>
            <translation>&lt;p&gt;输入中出现但分类表中缺少的类别会使运行停止，并列出缺失的类别及其像元数；也可以选择将其设为无数据（NoData）或指定值。输入中的无数据仍为无数据。阻力值必须 &amp;gt; 0。输出：Float32 GeoTIFF，无数据值 −9999。阻力值无量纲；无数据像元在最小累积阻力面中是不可通行的障碍。&lt;/p&gt;</translation>
        </message>
        <message>
            <extracomment>mcr:landuseresistance</extracomment>
            <source>&lt;p&gt;A class table file (UTF-8):&lt;/p&gt;</source>
            <translation>&lt;p&gt;分类表文件示例（UTF-8）：&lt;/p&gt;</translation>
        </message>
        <message>
            <extracomment>mcr:landuseresistance</extracomment>
            <source>&lt;pre&gt;code,name,resistance&lt;br&gt;1,"Forest, dense",1&lt;br&gt;2,Grassland,3&lt;br&gt;3,Cropland,4&lt;br&gt;4,Built-up,8&lt;/pre&gt;</source>
            <translation>&lt;pre&gt;code,name,resistance&lt;br&gt;1,"Forest, dense",1&lt;br&gt;2,Grassland,3&lt;br&gt;3,Cropland,4&lt;br&gt;4,Built-up,8&lt;/pre&gt;</translation>
        </message>
        <message>
            <extracomment>mcr:landuseresistance</extracomment>
            <source>&lt;p&gt;Examples: &lt;code&gt;qgis_process run mcr:landuseresistance -- INPUT=landuse_2009.tif OUTPUT=landuse_resistance.tif&lt;/code&gt;&lt;br&gt; &lt;code&gt;qgis_process run mcr:landuseresistance -- INPUT=clcd_2020.tif PRESET=clcd OUTPUT=resistance_lu.tif&lt;/code&gt;&lt;br&gt; &lt;code&gt;qgis_process run mcr:landuseresistance -- INPUT=landcover.tif TABLE_FILE=my_classes.csv OUTPUT=resistance_lu.tif&lt;/code&gt;&lt;/p&gt;</source>
            <translation>&lt;p&gt;示例：&lt;code&gt;qgis_process run mcr:landuseresistance -- INPUT=landuse_2009.tif OUTPUT=landuse_resistance.tif&lt;/code&gt;&lt;br&gt; &lt;code&gt;qgis_process run mcr:landuseresistance -- INPUT=clcd_2020.tif PRESET=clcd OUTPUT=resistance_lu.tif&lt;/code&gt;&lt;br&gt; &lt;code&gt;qgis_process run mcr:landuseresistance -- INPUT=landcover.tif TABLE_FILE=my_classes.csv OUTPUT=resistance_lu.tif&lt;/code&gt;&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../algorithms/base.py" line="81" />
            <source>Parameters</source>
            <translation>参数</translation>
        </message>
        <message>
            <extracomment>mcr:landuseresistance</extracomment>
            <source>resistance</source>
            <translation>阻力</translation>
        </message>
        <message>
            <extracomment>mcr:landuseresistance</extracomment>
            <source>land use</source>
            <translation>土地利用</translation>
        </message>
        <message>
            <extracomment>mcr:landuseresistance</extracomment>
            <source>land cover</source>
            <translation>土地覆被</translation>
        </message>
        <message>
            <extracomment>mcr:landuseresistance</extracomment>
            <source>reclassify</source>
            <translation>重分类</translation>
        </message>
        <message>
            <extracomment>mcr:landuseresistance</extracomment>
            <source>MCR</source>
            <translation>MCR</translation>
        </message>
        <message>
            <extracomment>mcr:landuseresistance</extracomment>
            <source>friction</source>
            <translation>摩擦</translation>
        </message>
        <message>
            <extracomment>mcr:landuseresistance</extracomment>
            <source>cost</source>
            <translation>成本</translation>
        </message>
        <message>
            <extracomment>mcr:landuseresistance</extracomment>
            <source>preset</source>
            <translation>预设</translation>
        </message>
        <message>
            <extracomment>mcr:landuseresistance</extracomment>
            <source>CLCD</source>
            <translation>CLCD</translation>
        </message>
        <message>
            <extracomment>mcr:landuseresistance</extracomment>
            <source>CNLUCC</source>
            <translation>CNLUCC</translation>
        </message>
        <message>
            <extracomment>mcr:landuseresistance</extracomment>
            <source>WorldCover</source>
            <translation>WorldCover</translation>
        </message>
        <message>
            <extracomment>mcr:landuseresistance</extracomment>
            <source>GlobeLand30</source>
            <translation>GlobeLand30</translation>
        </message>
        <message>
            <extracomment>mcr:landuseresistance</extracomment>
            <source>NLCD</source>
            <translation>NLCD</translation>
        </message>
        <message>
            <extracomment>mcr:landuseresistance</extracomment>
            <source>CORINE</source>
            <translation>CORINE</translation>
        </message>
        <message>
            <location filename="../algorithms/terrain_resistance.py" line="59" />
            <source>DEM</source>
            <translation>数字高程模型（DEM）</translation>
        </message>
        <message>
            <extracomment>mcr:terrainresistance</extracomment>
            <source>Digital elevation model, heights in metres (or give a Z factor). Projected or geographic CRS.</source>
            <translation>数字高程模型，高程单位为米（否则请给出 Z 因子）。投影或地理坐标参考系均可。</translation>
        </message>
        <message>
            <extracomment>mcr:terrainresistance</extracomment>
            <source>Band of the DEM that holds the heights (default 1).</source>
            <translation>DEM 中存储高程的波段（默认 1）。</translation>
        </message>
        <message>
            <location filename="../algorithms/terrain_resistance.py" line="62" />
            <source>Z factor (DEM units to metres)</source>
            <translation>Z 因子（DEM 单位换算为米）</translation>
        </message>
        <message>
            <extracomment>mcr:terrainresistance</extracomment>
            <source>Multiplier that turns the DEM's values into metres, for example 0.3048 for feet (default 1).</source>
            <translation>将 DEM 数值换算为米的乘数，例如英尺为 0.3048（默认 1）。</translation>
        </message>
        <message>
            <location filename="../algorithms/terrain_resistance.py" line="68" />
            <source>Slope table (degrees)</source>
            <translation>坡度分级表（度）</translation>
        </message>
        <message>
            <location filename="../algorithms/terrain_resistance.py" line="69" />
            <source>Minimum (°)</source>
            <translation>最小值（°）</translation>
        </message>
        <message>
            <location filename="../algorithms/terrain_resistance.py" line="69" />
            <source>Maximum (°)</source>
            <translation>最大值（°）</translation>
        </message>
        <message>
            <extracomment>mcr:terrainresistance</extracomment>
            <source>Minimum (°), maximum (°) and resistance of each slope class; empty = unbounded. Default: the paper's Table 2.</source>
            <translation>各坡度等级的最小值（°）、最大值（°）和阻力值；留空表示无界。默认：原文表 2。</translation>
        </message>
        <message>
            <location filename="../algorithms/terrain_resistance.py" line="75" />
            <source>Elevation table (metres)</source>
            <translation>高程分级表（米）</translation>
        </message>
        <message>
            <location filename="../algorithms/terrain_resistance.py" line="76" />
            <source>Minimum (m)</source>
            <translation>最小值（m）</translation>
        </message>
        <message>
            <location filename="../algorithms/terrain_resistance.py" line="76" />
            <source>Maximum (m)</source>
            <translation>最大值（m）</translation>
        </message>
        <message>
            <extracomment>mcr:terrainresistance</extracomment>
            <source>Minimum (m), maximum (m) and resistance of each elevation class; empty = unbounded. Default: the paper's Table 3 (the paper's area lies between 290 and 800 m).</source>
            <translation>各高程等级的最小值（m）、最大值（m）和阻力值；留空表示无界。默认：原文表 3（原文研究区高程介于 290 与 800 m 之间）。</translation>
        </message>
        <message>
            <extracomment>mcr:terrainresistance</extracomment>
            <source>Slope table file (CSV: minimum,maximum,resistance)</source>
            <translation>坡度分级表文件（CSV：minimum,maximum,resistance）</translation>
        </message>
        <message>
            <extracomment>mcr:terrainresistance</extracomment>
            <source>A slope table as a CSV file (UTF-8, a header line, columns minimum,maximum,resistance in degrees; an empty bound is unbounded). Overrides the slope table.</source>
            <translation>CSV 格式的坡度分级表文件（UTF-8 编码，含表头行，列为 minimum,maximum,resistance，单位为度；边界留空表示无界）。优先于坡度分级表。</translation>
        </message>
        <message>
            <extracomment>mcr:terrainresistance</extracomment>
            <source>Elevation table file (CSV: minimum,maximum,resistance)</source>
            <translation>高程分级表文件（CSV：minimum,maximum,resistance）</translation>
        </message>
        <message>
            <extracomment>mcr:terrainresistance</extracomment>
            <source>An elevation table as a CSV file (columns minimum,maximum,resistance in metres). Overrides the elevation table.</source>
            <translation>CSV 格式的高程分级表文件（列为 minimum,maximum,resistance，单位为米）。优先于高程分级表。</translation>
        </message>
        <message>
            <location filename="../algorithms/terrain_resistance.py" line="85" />
            <source>Elevation classes</source>
            <translation>高程分级方式</translation>
        </message>
        <message>
            <location filename="../algorithms/terrain_resistance.py" line="86" />
            <source>the table's ranges (default: the paper's Table 3)</source>
            <translation>按分级表自身的区间（默认：原文表 3）</translation>
        </message>
        <message>
            <location filename="../algorithms/terrain_resistance.py" line="87" />
            <source>the table's resistances on quantiles of the DEM</source>
            <translation>分级表的阻力值，按 DEM 的分位数分级</translation>
        </message>
        <message>
            <location filename="../algorithms/terrain_resistance.py" line="88" />
            <source>the table's resistances on equal intervals of the DEM</source>
            <translation>分级表的阻力值，按 DEM 的等间距分级</translation>
        </message>
        <message>
            <location filename="../algorithms/terrain_resistance.py" line="89" />
            <source>the table's resistances on natural breaks (Jenks) of the DEM</source>
            <translation>分级表的阻力值，按 DEM 的自然断点（Jenks）分级</translation>
        </message>
        <message>
            <extracomment>mcr:terrainresistance</extracomment>
            <source>The elevation table's own ranges (default: the paper's Table 3), or its resistances in the same order on breaks taken from the DEM: quantiles (equal area per class), equal intervals, or natural breaks (Jenks). For DEMs outside the table's range.</source>
            <translation>使用高程分级表自身的区间（默认：原文表 3），或将其阻力值按原顺序用于由 DEM 计算的断点：分位数（各等级面积相等）、等间距或自然断点（Jenks）。适用于高程超出分级表范围的 DEM。</translation>
        </message>
        <message>
            <location filename="../algorithms/terrain_resistance.py" line="95" />
            <source>A value on a break falls in</source>
            <translation>恰好落在断点上的值归入</translation>
        </message>
        <message>
            <location filename="../algorithms/terrain_resistance.py" line="96" />
            <source>the lower class (min &lt; value ≤ max)</source>
            <translation>较低等级（min &lt; 值 ≤ max）</translation>
        </message>
        <message>
            <location filename="../algorithms/terrain_resistance.py" line="97" />
            <source>the upper class (min ≤ value &lt; max)</source>
            <translation>较高等级（min ≤ 值 &lt; max）</translation>
        </message>
        <message>
            <extracomment>mcr:terrainresistance</extracomment>
            <source>Which class a value exactly on a break joins: the lower class (min &lt; value ≤ max; default) or the upper class (min ≤ value &lt; max).</source>
            <translation>恰好落在断点上的值归入哪一等级：较低等级（min &lt; 值 ≤ max；默认）或较高等级（min ≤ 值 &lt; max）。</translation>
        </message>
        <message>
            <location filename="../algorithms/terrain_resistance.py" line="103" />
            <source>Values outside every range</source>
            <translation>超出所有区间的值</translation>
        </message>
        <message>
            <extracomment>mcr:terrainresistance</extracomment>
            <source>What to do with slopes or elevations outside every range of a table: stop with an error (default) or set them to NoData.</source>
            <translation>坡度或高程超出分级表所有区间时如何处理：报错并停止（默认）或设为无数据（NoData）。</translation>
        </message>
        <message>
            <location filename="../algorithms/terrain_resistance.py" line="109" />
            <source>Reference grid (e.g. the land-use raster)</source>
            <translation>参考格网（如土地利用栅格）</translation>
        </message>
        <message>
            <extracomment>mcr:terrainresistance</extracomment>
            <source>Raster whose grid the outputs are written on (normally the land-use raster); slope and elevation are resampled bilinearly onto it before classification. Default: the DEM's own grid.</source>
            <translation>输出所写入的栅格格网（通常为土地利用栅格）；坡度和高程在分级前先用双线性插值重采样到该格网。默认：DEM 自身的格网。</translation>
        </message>
        <message>
            <location filename="../algorithms/terrain_resistance.py" line="113" />
            <source>Slope resistance</source>
            <translation>坡度阻力</translation>
        </message>
        <message>
            <extracomment>mcr:terrainresistance</extracomment>
            <source>Slope resistance raster (Float32, NoData −9999).</source>
            <translation>坡度阻力栅格（Float32，无数据值 −9999）。</translation>
        </message>
        <message>
            <location filename="../algorithms/terrain_resistance.py" line="117" />
            <source>Elevation resistance</source>
            <translation>高程阻力</translation>
        </message>
        <message>
            <extracomment>mcr:terrainresistance</extracomment>
            <source>Elevation resistance raster (Float32, NoData −9999).</source>
            <translation>高程阻力栅格（Float32，无数据值 −9999）。</translation>
        </message>
        <message>
            <location filename="../algorithms/terrain_resistance.py" line="122" />
            <source>Slope (degrees)</source>
            <translation>坡度（度）</translation>
        </message>
        <message>
            <extracomment>mcr:terrainresistance</extracomment>
            <source>Optional slope raster in degrees (Float32, NoData −9999) on the output grid.</source>
            <translation>可选的输出格网上的坡度栅格，单位为度（Float32，无数据值 −9999）。</translation>
        </message>
        <message>
            <extracomment>mcr:terrainresistance</extracomment>
            <source>Terrain resistance (slope and elevation)</source>
            <translation>地形阻力（坡度与高程）</translation>
        </message>
        <message>
            <extracomment>mcr:terrainresistance</extracomment>
            <source>Derives slope and elevation resistance rasters from a DEM through range tables.</source>
            <translation>通过区间分级表由 DEM 生成坡度阻力和高程阻力栅格。</translation>
        </message>
        <message>
            <extracomment>mcr:terrainresistance</extracomment>
            <source>&lt;p&gt;Stage 1 of the MCR method (Li et al. 2020, §3, Tables 2 and 3). Slope is computed in degrees with Horn's method from metric cell sizes: for a projected DEM the cell size in metres, for a DEM in geographic coordinates the true east-west and north-south spacing of every row on the CRS's ellipsoid — never degrees taken as metres. Edge cells and cells next to NoData use the neighbours they have (a missing neighbour is extrapolated from the opposite one), so a plane has its exact slope up to the edge; NoData stays NoData.&lt;/p&gt;</source>
            <translation>&lt;p&gt;MCR 方法的第 1 步（Li et al. 2020，第 3 节，表 2 和表 3）。坡度以度为单位，用 Horn 算法按米制像元大小计算：投影坐标系的 DEM 使用以米计的像元大小；地理坐标系的 DEM 在坐标参考系的椭球面上逐行计算真实的东西向和南北向间距——绝不把度当作米。边缘像元和与无数据相邻的像元使用现有的邻域像元（缺失的邻域像元由其对侧外推），因此平面直到边缘都能得到准确的坡度；无数据仍为无数据。&lt;/p&gt;</translation>
        </message>
        <message>
            <extracomment>mcr:terrainresistance</extracomment>
            <source>&lt;p&gt;Slope and elevation are then classified through range tables. Defaults (the paper):&lt;/p&gt;</source>
            <translation>&lt;p&gt;随后通过区间分级表对坡度和高程分级。默认值（原文）：&lt;/p&gt;</translation>
        </message>
        <message>
            <extracomment>mcr:terrainresistance</extracomment>
            <source>&lt;table border="1" cellpadding="2"&gt; &lt;tr&gt;&lt;th&gt;slope (°)&lt;/th&gt;&lt;th&gt;resistance&lt;/th&gt;&lt;th&gt;&lt;/th&gt;&lt;th&gt;elevation (m)&lt;/th&gt;&lt;th&gt;resistance&lt;/th&gt;&lt;/tr&gt; &lt;tr&gt;&lt;td&gt;0–5&lt;/td&gt;&lt;td&gt;1&lt;/td&gt;&lt;td&gt;&lt;/td&gt;&lt;td&gt;&amp;lt;300&lt;/td&gt;&lt;td&gt;1&lt;/td&gt;&lt;/tr&gt; &lt;tr&gt;&lt;td&gt;5–15&lt;/td&gt;&lt;td&gt;3&lt;/td&gt;&lt;td&gt;&lt;/td&gt;&lt;td&gt;300–400&lt;/td&gt;&lt;td&gt;3&lt;/td&gt;&lt;/tr&gt; &lt;tr&gt;&lt;td&gt;15–25&lt;/td&gt;&lt;td&gt;5&lt;/td&gt;&lt;td&gt;&lt;/td&gt;&lt;td&gt;400–600&lt;/td&gt;&lt;td&gt;5&lt;/td&gt;&lt;/tr&gt; &lt;tr&gt;&lt;td&gt;25–35&lt;/td&gt;&lt;td&gt;7&lt;/td&gt;&lt;td&gt;&lt;/td&gt;&lt;td&gt;600–800&lt;/td&gt;&lt;td&gt;8&lt;/td&gt;&lt;/tr&gt; &lt;tr&gt;&lt;td&gt;&amp;gt;35&lt;/td&gt;&lt;td&gt;10&lt;/td&gt;&lt;td&gt;&lt;/td&gt;&lt;td&gt;&lt;/td&gt;&lt;td&gt;&lt;/td&gt;&lt;/tr&gt; &lt;/table&gt;</source>
            <translation>&lt;table border="1" cellpadding="2"&gt; &lt;tr&gt;&lt;th&gt;坡度（°）&lt;/th&gt;&lt;th&gt;阻力值&lt;/th&gt;&lt;th&gt;&lt;/th&gt;&lt;th&gt;高程（m）&lt;/th&gt;&lt;th&gt;阻力值&lt;/th&gt;&lt;/tr&gt; &lt;tr&gt;&lt;td&gt;0–5&lt;/td&gt;&lt;td&gt;1&lt;/td&gt;&lt;td&gt;&lt;/td&gt;&lt;td&gt;&amp;lt;300&lt;/td&gt;&lt;td&gt;1&lt;/td&gt;&lt;/tr&gt; &lt;tr&gt;&lt;td&gt;5–15&lt;/td&gt;&lt;td&gt;3&lt;/td&gt;&lt;td&gt;&lt;/td&gt;&lt;td&gt;300–400&lt;/td&gt;&lt;td&gt;3&lt;/td&gt;&lt;/tr&gt; &lt;tr&gt;&lt;td&gt;15–25&lt;/td&gt;&lt;td&gt;5&lt;/td&gt;&lt;td&gt;&lt;/td&gt;&lt;td&gt;400–600&lt;/td&gt;&lt;td&gt;5&lt;/td&gt;&lt;/tr&gt; &lt;tr&gt;&lt;td&gt;25–35&lt;/td&gt;&lt;td&gt;7&lt;/td&gt;&lt;td&gt;&lt;/td&gt;&lt;td&gt;600–800&lt;/td&gt;&lt;td&gt;8&lt;/td&gt;&lt;/tr&gt; &lt;tr&gt;&lt;td&gt;&amp;gt;35&lt;/td&gt;&lt;td&gt;10&lt;/td&gt;&lt;td&gt;&lt;/td&gt;&lt;td&gt;&lt;/td&gt;&lt;td&gt;&lt;/td&gt;&lt;/tr&gt; &lt;/table&gt;</translation>
        </message>
        <message>
            <extracomment>mcr:terrainresistance</extracomment>
            <source>&lt;p&gt;Interval ends: by default a range holds min &amp;lt; value ≤ max, so a value on a break falls in the &lt;b&gt;lower&lt;/b&gt; class (exactly 5° is "0–5°", exactly 300 m is "&amp;lt;300"), as in QGIS "Reclassify by table" and ArcGIS Reclassify; the table's lowest minimum is included, so 0° is flat. The other option (min ≤ value &amp;lt; max) puts a break value in the upper class and includes the highest maximum. Leave a minimum or maximum empty for "unbounded". A value outside every range stops the run (with the count, range and first location) or becomes NoData by option — never a silent 0.&lt;/p&gt;</source>
            <translation>&lt;p&gt;区间端点：默认一个区间包含 min &amp;lt; 值 ≤ max，因此恰好落在断点上的值归入&lt;b&gt;较低&lt;/b&gt;等级（恰为 5° 归入“0–5°”，恰为 300 m 归入“&amp;lt;300”），与 QGIS“按表重分类”和 ArcGIS 重分类（Reclassify）一致；分级表的最小下限包含在内，因此 0° 属于平地。另一选项（min ≤ 值 &amp;lt; max）把断点值归入较高等级，并包含最大上限。最小值或最大值留空表示“无界”。超出所有区间的值会使运行停止（并给出个数、取值范围和首个位置），或按选项设为无数据——绝不会悄悄变成 0。&lt;/p&gt;</translation>
        </message>
        <message>
            <extracomment>mcr:terrainresistance</extracomment>
            <source>&lt;p&gt;&lt;b&gt;Any relief.&lt;/b&gt; Table 3 of the paper stops at 800 m (its area lies between 290 and 800 m), so a DEM of a mountain area stops the run with the observed range. Keep the table and choose &lt;i&gt;relative elevation classes&lt;/i&gt;: the table's resistances (1, 3, 5, 8 by default), in order, on breaks taken from this DEM — &lt;b&gt;quantiles&lt;/b&gt; (equal area per class; every class present whatever the relief; the usual choice), &lt;b&gt;equal intervals&lt;/b&gt; between the lowest and highest cell, or &lt;b&gt;natural breaks&lt;/b&gt; (Jenks: classes of least within-class variance, for terrain of distinct levels). The log lists the breaks. Tables can also come from CSV files (minimum,maximum,resistance; an empty bound is unbounded):&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;适用于任意地形。&lt;/b&gt;原文表 3 的上限是 800 m（其研究区高程介于 290 与 800 m 之间），因此山区的 DEM 会使运行停止并报告实测的高程范围。此时可保留分级表并选择&lt;i&gt;相对高程分级&lt;/i&gt;：将分级表的阻力值（默认 1、3、5、8）按顺序用于由该 DEM 计算的断点——&lt;b&gt;分位数&lt;/b&gt;（各等级面积相等；无论地形如何，每个等级都会出现；通常的选择）、最低与最高像元之间的&lt;b&gt;等间距&lt;/b&gt;，或&lt;b&gt;自然断点&lt;/b&gt;（Jenks：组内方差最小的分级，适合层级分明的地形）。日志会列出断点。分级表也可以来自 CSV 文件（minimum,maximum,resistance；边界留空表示无界）：&lt;/p&gt;</translation>
        </message>
        <message>
            <extracomment>mcr:terrainresistance</extracomment>
            <source>&lt;pre&gt;minimum,maximum,resistance&lt;br&gt;,1200,1&lt;br&gt;1200,1800,3&lt;br&gt;1800,2400,5&lt;br&gt;2400,,8&lt;/pre&gt;</source>
            <translation>&lt;pre&gt;minimum,maximum,resistance&lt;br&gt;,1200,1&lt;br&gt;1200,1800,3&lt;br&gt;1800,2400,5&lt;br&gt;2400,,8&lt;/pre&gt;</translation>
        </message>
        <message>
            <extracomment>mcr:terrainresistance</extracomment>
            <source>&lt;p&gt;With a reference grid (normally the land-use raster) slope and elevation are resampled bilinearly onto it &lt;i&gt;before&lt;/i&gt; they are classified, so the outputs line up cell by cell with the land-use resistance (the paper combines a 30 m DEM with 2.44 m land use). Outputs: Float32 GeoTIFFs, NoData −9999.&lt;/p&gt;</source>
            <translation>&lt;p&gt;给出参考格网（通常为土地利用栅格）时，坡度和高程在分级&lt;i&gt;之前&lt;/i&gt;先用双线性插值重采样到该格网，使输出与土地利用阻力逐像元对齐（原文将 30 m DEM 与 2.44 m 土地利用数据结合使用）。输出：Float32 GeoTIFF，无数据值 −9999。&lt;/p&gt;</translation>
        </message>
        <message>
            <extracomment>mcr:terrainresistance</extracomment>
            <source>&lt;p&gt;Example: &lt;code&gt;qgis_process run mcr:terrainresistance -- INPUT=dem.tif REFERENCE=landuse_2009.tif SLOPE_RESISTANCE=slope_r.tif ELEVATION_RESISTANCE=elev_r.tif&lt;/code&gt;&lt;/p&gt;</source>
            <translation>&lt;p&gt;示例：&lt;code&gt;qgis_process run mcr:terrainresistance -- INPUT=dem.tif REFERENCE=landuse_2009.tif SLOPE_RESISTANCE=slope_r.tif ELEVATION_RESISTANCE=elev_r.tif&lt;/code&gt;&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../algorithms/terrain_resistance.py" line="217" />
            <source>slope</source>
            <translation>坡度</translation>
        </message>
        <message>
            <location filename="../algorithms/terrain_resistance.py" line="217" />
            <source>elevation</source>
            <translation>高程</translation>
        </message>
        <message>
            <extracomment>mcr:terrainresistance</extracomment>
            <source>terrain</source>
            <translation>地形</translation>
        </message>
        <message>
            <extracomment>mcr:terrainresistance</extracomment>
            <source>Horn</source>
            <translation>Horn</translation>
        </message>
        <message>
            <location filename="../algorithms/weighted_overlay.py" line="54" />
            <source>Resistance factors (in weight order)</source>
            <translation>阻力因子（按权重顺序）</translation>
        </message>
        <message>
            <extracomment>mcr:weightedoverlay</extracomment>
            <source>Resistance factor rasters, in the same order as the weights (paper: land use, slope, elevation).</source>
            <translation>阻力因子栅格，顺序与权重一致（原文：土地利用、坡度、高程）。</translation>
        </message>
        <message>
            <location filename="../algorithms/weighted_overlay.py" line="59" />
            <source>Weights (one per factor, same order)</source>
            <translation>权重（每个因子一个，顺序相同）</translation>
        </message>
        <message>
            <extracomment>mcr:weightedoverlay</extracomment>
            <source>One weight per factor, separated by commas, in the order of the factors. Default 0.8, 0.1, 0.1 (the paper).</source>
            <translation>每个因子一个权重，以逗号分隔，顺序与因子一致。默认 0.8, 0.1, 0.1（原文）。</translation>
        </message>
        <message>
            <location filename="../algorithms/weighted_overlay.py" line="65" />
            <source>Normalise weights that do not sum to 1</source>
            <translation>归一化总和不为 1 的权重</translation>
        </message>
        <message>
            <extracomment>mcr:weightedoverlay</extracomment>
            <source>When on, weights that do not sum to 1 are divided by their sum (with a warning); when off (default) such weights stop the run.</source>
            <translation>开启时，总和不为 1 的权重会除以其总和（并给出警告）；关闭时（默认），这样的权重会使运行停止。</translation>
        </message>
        <message>
            <location filename="../algorithms/weighted_overlay.py" line="70" />
            <source>Reference grid (default: the first factor)</source>
            <translation>参考格网（默认：第一个因子）</translation>
        </message>
        <message>
            <extracomment>mcr:weightedoverlay</extracomment>
            <source>Raster whose grid the result is written on; default the first factor's grid.</source>
            <translation>结果所写入的栅格格网；默认为第一个因子的格网。</translation>
        </message>
        <message>
            <location filename="../algorithms/weighted_overlay.py" line="74" />
            <source>Resampling of factors on other grids</source>
            <translation>其他格网上因子的重采样方法</translation>
        </message>
        <message>
            <location filename="../algorithms/weighted_overlay.py" line="75" />
            <source>Nearest neighbour</source>
            <translation>最邻近</translation>
        </message>
        <message>
            <location filename="../algorithms/weighted_overlay.py" line="75" />
            <source>Bilinear</source>
            <translation>双线性</translation>
        </message>
        <message>
            <extracomment>mcr:weightedoverlay</extracomment>
            <source>How factors on another grid are resampled: nearest neighbour (default, keeps the tables' class values) or bilinear.</source>
            <translation>位于其他格网上的因子如何重采样：最邻近（默认，保留分级表中的等级值）或双线性。</translation>
        </message>
        <message>
            <location filename="../algorithms/connectivity_algorithm.py" line="72" />
            <source>Resistance surface</source>
            <translation>阻力面</translation>
        </message>
        <message>
            <extracomment>mcr:weightedoverlay</extracomment>
            <source>Resistance surface (Float32, NoData −9999) for mcr:costsurface.</source>
            <translation>阻力面（Float32，无数据值 −9999），供 mcr:costsurface 使用。</translation>
        </message>
        <message>
            <extracomment>mcr:weightedoverlay</extracomment>
            <source>Weighted overlay of resistance factors</source>
            <translation>阻力因子加权叠加</translation>
        </message>
        <message>
            <extracomment>mcr:weightedoverlay</extracomment>
            <source>Combines resistance factors into one resistance surface by a weighted sum.</source>
            <translation>按加权求和将多个阻力因子合成一个阻力面。</translation>
        </message>
        <message>
            <extracomment>mcr:weightedoverlay</extracomment>
            <source>&lt;p&gt;Stage 1 of the MCR method (Li et al. 2020, §3), its last step: resistance surface = Σ weight × factor. The paper uses land use × 0.8 + slope × 0.1 + elevation × 0.1, so the default weights are &lt;b&gt;0.8, 0.1, 0.1&lt;/b&gt; for factors given in that order.&lt;/p&gt;</source>
            <translation>&lt;p&gt;MCR 方法第 1 步（Li et al. 2020，第 3 节）的最后一步：阻力面 = Σ 权重 × 因子。原文采用 土地利用 × 0.8 + 坡度 × 0.1 + 高程 × 0.1，因此按此顺序给出因子时，默认权重为 &lt;b&gt;0.8, 0.1, 0.1&lt;/b&gt;。&lt;/p&gt;</translation>
        </message>
        <message>
            <extracomment>mcr:weightedoverlay</extracomment>
            <source>&lt;p&gt;Factors may lie on different grids (a 30 m DEM and 2.44 m land use, say): each is aligned onto the reference grid — the first factor's grid unless you pick another raster — before the sum, reprojected if its CRS differs. Factors are class values from the resistance tables, so they are resampled with nearest neighbour by default (bilinear as an advanced option). NoData in any factor gives NoData in the result (an impassable cell in the MCR surface).&lt;/p&gt;</source>
            <translation>&lt;p&gt;各因子可以位于不同的格网上（例如 30 m 的 DEM 和 2.44 m 的土地利用）：求和前，每个因子都会对齐到参考格网——除非另选栅格，否则为第一个因子的格网——坐标参考系不同时还会重投影。因子是阻力分级表中的等级值，因此默认用最邻近法重采样（双线性为高级选项）。任一因子为无数据（NoData），结果即为无数据（在最小累积阻力面中为不可通行的像元）。&lt;/p&gt;</translation>
        </message>
        <message>
            <extracomment>mcr:weightedoverlay</extracomment>
            <source>&lt;p&gt;Weights must be numbers &amp;gt; 0, one per factor. If they do not sum to 1 the run stops, unless "normalise weights" is on: then they are divided by their sum and a warning says so.&lt;/p&gt;</source>
            <translation>&lt;p&gt;权重必须是 &amp;gt; 0 的数值，每个因子一个。若总和不为 1，运行将停止，除非开启了“归一化权重”：此时权重除以其总和，并给出警告。&lt;/p&gt;</translation>
        </message>
        <message>
            <extracomment>mcr:weightedoverlay</extracomment>
            <source>&lt;p&gt;Output: Float32 GeoTIFF, NoData −9999, on the reference grid.&lt;/p&gt;</source>
            <translation>&lt;p&gt;输出：参考格网上的 Float32 GeoTIFF，无数据值 −9999。&lt;/p&gt;</translation>
        </message>
        <message>
            <extracomment>mcr:weightedoverlay</extracomment>
            <source>&lt;p&gt;Example: &lt;code&gt;qgis_process run mcr:weightedoverlay -- INPUTS=landuse_r.tif INPUTS=slope_r.tif INPUTS=elev_r.tif WEIGHTS="0.8,0.1,0.1" OUTPUT=resistance.tif&lt;/code&gt;&lt;/p&gt;</source>
            <translation>&lt;p&gt;示例：&lt;code&gt;qgis_process run mcr:weightedoverlay -- INPUTS=landuse_r.tif INPUTS=slope_r.tif INPUTS=elev_r.tif WEIGHTS="0.8,0.1,0.1" OUTPUT=resistance.tif&lt;/code&gt;&lt;/p&gt;</translation>
        </message>
        <message>
            <extracomment>mcr:weightedoverlay</extracomment>
            <source>weighted overlay</source>
            <translation>加权叠加</translation>
        </message>
        <message>
            <extracomment>mcr:weightedoverlay</extracomment>
            <source>weighted sum</source>
            <translation>加权求和</translation>
        </message>
        <message>
            <extracomment>mcr:weightedoverlay</extracomment>
            <source>multi-criteria</source>
            <translation>多准则</translation>
        </message>
        <message>
            <extracomment>mcr:connectivity</extracomment>
            <source>Resistance surface (for example from Weighted overlay) in a projected CRS; values &gt; 0, NoData cells are barriers. The patches are taken onto its grid.</source>
            <translation>投影坐标参考系下的阻力面（例如“阻力因子加权叠加”的输出）；值 &gt; 0，无数据像元为障碍。斑块会被转到其格网上。</translation>
        </message>
        <message>
            <location filename="../algorithms/connectivity_algorithm.py" line="74" />
            <source>Patches as a patch-id raster</source>
            <translation>斑块编号栅格</translation>
        </message>
        <message>
            <extracomment>mcr:connectivity</extracomment>
            <source>Patch-id raster: cells &gt; 0 are patches, the value is the id (for example the raster output of Select ecological sources). Give this, or patch features, or an MSPA class raster.</source>
            <translation>斑块编号栅格：值 &gt; 0 的像元为斑块，像元值即斑块编号（例如“识别生态源地”的栅格输出）。请给出此项、斑块要素或 MSPA 类别栅格之一。</translation>
        </message>
        <message>
            <location filename="../algorithms/connectivity_algorithm.py" line="79" />
            <source>Patches as polygons or points</source>
            <translation>斑块面或点要素</translation>
        </message>
        <message>
            <extracomment>mcr:connectivity</extracomment>
            <source>Patch polygons or points (reprojected and rasterised onto the resistance grid). Give these, or a patch-id raster, or an MSPA class raster.</source>
            <translation>斑块面或点要素（重投影并栅格化到阻力面格网上）。请给出此项、斑块编号栅格或 MSPA 类别栅格之一。</translation>
        </message>
        <message>
            <location filename="../algorithms/connectivity_algorithm.py" line="85" />
            <source>Patch id field</source>
            <translation>斑块编号字段</translation>
        </message>
        <message>
            <extracomment>mcr:connectivity</extracomment>
            <source>Numeric field with the id of each patch feature (integers &gt; 0; features with the same id form one patch). Empty: features are numbered 1, 2, … in the layer's order.</source>
            <translation>存储每个斑块要素编号的数值字段（整数 &gt; 0；编号相同的要素构成同一斑块）。留空：要素按图层顺序编号为 1、2、…。</translation>
        </message>
        <message>
            <location filename="../algorithms/connectivity_algorithm.py" line="91" />
            <source>Patch attribute field (default: area)</source>
            <translation>斑块属性字段（默认：面积）</translation>
        </message>
        <message>
            <extracomment>mcr:connectivity</extracomment>
            <source>Numeric field of the patch features with the attribute a (for example habitat quality × area); features of one patch add up. Empty (default): the area of the patch's cells in km². Give the landscape area in the same unit.</source>
            <translation>斑块要素中存储属性 a 的数值字段（例如生境质量 × 面积）；同一斑块各要素的值相加。留空（默认）：斑块像元的面积，单位 km²。景观面积须使用相同单位。</translation>
        </message>
        <message>
            <location filename="../algorithms/connectivity_algorithm.py" line="96" />
            <source>Or: MSPA classes (core areas become patches)</source>
            <translation>或：MSPA 类别（核心区作为斑块）</translation>
        </message>
        <message>
            <extracomment>mcr:connectivity</extracomment>
            <source>MSPA class raster (output of MSPA): its core areas (codes 17 and 117) of at least the minimum core area become the patches.</source>
            <translation>MSPA 类别栅格（“形态学空间格局分析（MSPA）”的输出）：面积不小于最小核心区面积的核心区（代码 17 和 117）作为斑块。</translation>
        </message>
        <message>
            <location filename="../algorithms/connectivity_algorithm.py" line="101" />
            <source>Minimum core area of an MSPA patch (km²)</source>
            <translation>MSPA 斑块的最小核心区面积（km²）</translation>
        </message>
        <message>
            <extracomment>mcr:connectivity</extracomment>
            <source>With an MSPA class raster: the smallest core area (km²) that becomes a patch; a core of exactly this area counts. Default 1 km² (ours).</source>
            <translation>使用 MSPA 类别栅格时：成为斑块的最小核心区面积（km²）；面积恰好等于该值的核心区也计入。默认 1 km²（本插件自定）。</translation>
        </message>
        <message>
            <location filename="../algorithms/patch_connectivity.py" line="50" />
            <source>Neighbourhood of the least-cost search</source>
            <translation>最小成本搜索的邻域</translation>
        </message>
        <message>
            <location filename="../algorithms/search_inputs.py" line="87" />
            <source>4 (rook)</source>
            <translation>4（车步）</translation>
        </message>
        <message>
            <location filename="../algorithms/search_inputs.py" line="87" />
            <source>8 (queen)</source>
            <translation>8（后步）</translation>
        </message>
        <message>
            <location filename="../algorithms/search_inputs.py" line="87" />
            <source>16 (knight's moves, as r.cost -k)</source>
            <translation>16（马步，同 r.cost -k）</translation>
        </message>
        <message>
            <location filename="../algorithms/patch_connectivity.py" line="52" />
            <source>Distances between patches</source>
            <translation>斑块间距离</translation>
        </message>
        <message>
            <location filename="../algorithms/patch_connectivity.py" line="53" />
            <source>least-cost distance (cost units)</source>
            <translation>最小成本距离（成本单位）</translation>
        </message>
        <message>
            <location filename="../algorithms/patch_connectivity.py" line="53" />
            <source>length of the least-cost path (m)</source>
            <translation>最小成本路径的长度（m）</translation>
        </message>
        <message>
            <location filename="../algorithms/patch_connectivity.py" line="56" />
            <source>Dispersal distance threshold (in that unit)</source>
            <translation>扩散距离阈值（采用上述单位）</translation>
        </message>
        <message>
            <location filename="../algorithms/patch_connectivity.py" line="60" />
            <source>Dispersal probability at the threshold</source>
            <translation>阈值处的扩散概率</translation>
        </message>
        <message>
            <location filename="../algorithms/patch_connectivity.py" line="64" />
            <source>Link</source>
            <translation>连接方式</translation>
        </message>
        <message>
            <location filename="../algorithms/patch_connectivity.py" line="65" />
            <source>adjacent patches (their MCR zones touch, as corridors join them)</source>
            <translation>相邻斑块（其最小累积阻力分区相接，如同生态廊道连接源地）</translation>
        </message>
        <message>
            <location filename="../algorithms/patch_connectivity.py" line="66" />
            <source>every pair of patches (Conefor's full distance table; one search per patch)</source>
            <translation>每一对斑块（Conefor 的完整距离表；每个斑块一次搜索）</translation>
        </message>
        <message>
            <location filename="../algorithms/patch_connectivity.py" line="69" />
            <source>Leave out links longer than (in that unit; 0 = no limit)</source>
            <translation>舍去长于此值的连接（采用上述单位；0 = 不限）</translation>
        </message>
        <message>
            <extracomment>mcr:connectivity</extracomment>
            <source>Moves of the least-cost search between patches: 4, 8 (default) or 16 (knight's moves, as GRASS r.cost -k). Step costs as everywhere in this plugin: (R_a + R_b) / 2 × step length.</source>
            <translation>斑块间最小成本搜索的移动方式：4、8（默认）或 16（马步，同 GRASS r.cost -k）。步长成本与本插件其他部分相同：(R_a + R_b) / 2 × 步长。</translation>
        </message>
        <message>
            <extracomment>mcr:connectivity</extracomment>
            <source>The distance of a link between two patches: the least-cost distance in cost units (resistance × metres, default; Conefor's "effective distance"), or the length in metres of the least-cost path (for a dispersal distance known in metres; the route still follows the resistance). The threshold and the longest link are in this unit.</source>
            <translation>两斑块间连接的距离：以成本单位计的最小成本距离（阻力 × 米，默认；即 Conefor 的“有效距离”），或以米计的最小成本路径长度（用于已知以米计的扩散距离；路线仍沿阻力最小方向）。阈值和最长连接均采用此单位。</translation>
        </message>
        <message>
            <extracomment>mcr:connectivity</extracomment>
            <source>Dispersal distance of the species, in the unit above. PC: the probability of a direct move decays as p = exp(−k d) and equals the probability below at this distance (Saura and Pascual-Hortal 2007). IIC: patches closer than this (or at it) are linked. Default 10000 cost units (ours; 10 km through resistance 1, 1 km through resistance 10): choose it from the species' dispersal ability.</source>
            <translation>物种的扩散距离，采用上述单位。PC：直接扩散的概率按 p = exp(−k d) 衰减，并在该距离处等于下方给出的概率（Saura and Pascual-Hortal 2007）。IIC：距离小于（或等于）该值的斑块之间有连接。默认 10000 成本单位（本插件自定；相当于在阻力 1 的地表上 10 km，在阻力 10 的地表上 1 km）：请根据物种的扩散能力选取。</translation>
        </message>
        <message>
            <extracomment>mcr:connectivity</extracomment>
            <source>Dispersal probability at the threshold distance, strictly between 0 and 1: 0.5 (default) when the threshold is a median dispersal distance, 0.05 or 0.01 for a maximum one.</source>
            <translation>阈值距离处的扩散概率，须严格介于 0 与 1 之间：阈值为扩散距离中位数时取 0.5（默认），为最大扩散距离时取 0.05 或 0.01。</translation>
        </message>
        <message>
            <extracomment>mcr:connectivity</extracomment>
            <source>Which pairs of patches get a direct link. Adjacent patches (default): the pairs whose zones of one multi-source MCR search touch, as corridors and Linkage Mapper join them; other pairs are joined through chains of links (stepping stones), which slightly underrates a pair whose own least-cost path crosses a third zone without touching its patch, and makes such pairs two IIC steps apart. Every pair (Conefor's full distance table): one exact least-cost search per patch — on the 1000 × 1000 sample about 0.7 s per patch against about 3 s in all for adjacent patches.</source>
            <translation>哪些斑块对之间有直接连接。相邻斑块（默认）：在一次多源最小累积阻力搜索中分区相接的斑块对，与生态廊道和 Linkage Mapper 的连接方式相同；其他斑块对通过连接链（踏脚石）相连。若某对斑块自身的最小成本路径穿过第三个分区而未触及该分区的斑块，这种方式会略微低估该对斑块的连通，并使其在 IIC 中相隔两步。每一对斑块（Conefor 的完整距离表）：每个斑块一次精确的最小成本搜索——在 1000 × 1000 的示例数据上每个斑块约 0.7 s，而相邻斑块方式总共约 3 s。</translation>
        </message>
        <message>
            <extracomment>mcr:connectivity</extracomment>
            <source>Links longer than this (in the distance unit) are left out, and with cost units each search stops there, which speeds up large maps. 0 (default) = no limit. Keep it well above the threshold: PC still counts pairs beyond the threshold (at a lower probability).</source>
            <translation>长于此值（采用距离单位）的连接被舍去；使用成本单位时，每次搜索也在此处停止，可加快大范围地图的计算。0（默认）= 不限。请使其远大于阈值：PC 仍会计入阈值以外的斑块对（概率较低）。</translation>
        </message>
        <message>
            <location filename="../algorithms/connectivity_algorithm.py" line="107" />
            <source>Landscape area A_L (km² or attribute units; 0 = the resistance's area)</source>
            <translation>景观面积 A_L（km² 或属性单位；0 = 阻力面的面积）</translation>
        </message>
        <message>
            <extracomment>mcr:connectivity</extracomment>
            <source>A_L, the maximum landscape attribute: the area of the study region in km² (or in the attribute's unit), at least the sum of the attributes. 0 (default): the area of the resistance raster's valid cells. It scales PC and IIC, not dPC or dIIC.</source>
            <translation>A_L，即景观属性的最大值：研究区面积，单位 km²（或属性的单位），不小于各斑块属性之和。0（默认）：阻力栅格有效像元的面积。它影响 PC 和 IIC 的数值，不影响 dPC 和 dIIC。</translation>
        </message>
        <message>
            <location filename="../algorithms/connectivity_algorithm.py" line="112" />
            <source>Link lines</source>
            <translation>连接线</translation>
        </message>
        <message>
            <location filename="../algorithms/connectivity_algorithm.py" line="113" />
            <source>least-cost paths</source>
            <translation>最小成本路径</translation>
        </message>
        <message>
            <location filename="../algorithms/connectivity_algorithm.py" line="113" />
            <source>straight lines between patch centres</source>
            <translation>斑块中心之间的直线</translation>
        </message>
        <message>
            <extracomment>mcr:connectivity</extracomment>
            <source>Geometry of the link lines: the least-cost path between the two patches (default), or a straight line between the patch centres (faster with every pair linked: no path is traced).</source>
            <translation>连接线的几何形状：两斑块间的最小成本路径（默认），或斑块中心之间的直线（连接每一对斑块时更快：无需追踪路径）。</translation>
        </message>
        <message>
            <location filename="../algorithms/connectivity_algorithm.py" line="118" />
            <source>Patches with their importance (dPC, dIIC)</source>
            <translation>斑块及其重要性（dPC、dIIC）</translation>
        </message>
        <message>
            <extracomment>mcr:connectivity</extracomment>
            <source>Patch polygons with patch_id, area_km2, attribute, links, dpc, dpc_intra, dpc_flux, dpc_connector, dpc_rank, diic, diic_intra, diic_flux, diic_connector.</source>
            <translation>斑块面要素，字段为 patch_id、area_km2、attribute、links、dpc、dpc_intra、dpc_flux、dpc_connector、dpc_rank、diic、diic_intra、diic_flux、diic_connector。</translation>
        </message>
        <message>
            <location filename="../algorithms/connectivity_algorithm.py" line="123" />
            <source>Links between patches</source>
            <translation>斑块间连接</translation>
        </message>
        <message>
            <extracomment>mcr:connectivity</extracomment>
            <source>Link lines with link_id, from_patch, to_patch, cost, length_m, distance, probability, within_threshold (1 = an IIC link) and dpc_link.</source>
            <translation>连接线，字段为 link_id、from_patch、to_patch、cost、length_m、distance、probability、within_threshold（1 = IIC 连接）和 dpc_link。</translation>
        </message>
        <message>
            <location filename="../algorithms/connectivity_algorithm.py" line="129" />
            <source>Connectivity summary (PC, IIC)</source>
            <translation>连通性汇总（PC、IIC）</translation>
        </message>
        <message>
            <extracomment>mcr:connectivity</extracomment>
            <source>One-row table: pc, iic, ec_pc, ec_iic, patches, links, landscape_area, attribute_total, distance_threshold, probability, decay_constant, distance_unit, pairs.</source>
            <translation>单行表格：pc、iic、ec_pc、ec_iic、patches、links、landscape_area、attribute_total、distance_threshold、probability、decay_constant、distance_unit、pairs。</translation>
        </message>
        <message>
            <location filename="../algorithms/connectivity_algorithm.py" line="133" />
            <source>Probability of connectivity (PC)</source>
            <translation>可能连通性指数（PC）</translation>
        </message>
        <message>
            <location filename="../algorithms/connectivity_algorithm.py" line="134" />
            <source>Integral index of connectivity (IIC)</source>
            <translation>整体连通性指数（IIC）</translation>
        </message>
        <message>
            <location filename="../algorithms/connectivity_algorithm.py" line="135" />
            <source>Number of patches</source>
            <translation>斑块数</translation>
        </message>
        <message>
            <location filename="../algorithms/connectivity_algorithm.py" line="136" />
            <source>Number of links</source>
            <translation>连接数</translation>
        </message>
        <message>
            <extracomment>mcr:connectivity</extracomment>
            <source>Connectivity importance of habitat patches (PC, IIC, dPC)</source>
            <translation>生境斑块连通性重要性（PC、IIC、dPC）</translation>
        </message>
        <message>
            <extracomment>mcr:connectivity</extracomment>
            <source>2 · Ecological sources</source>
            <translation>2 · 生态源地</translation>
        </message>
        <message>
            <extracomment>mcr:connectivity</extracomment>
            <source>Computes the landscape connectivity of habitat patches (PC, IIC) and the importance of each patch (dPC, dIIC) on exact least-cost distances.</source>
            <translation>基于精确的最小成本距离，计算生境斑块的景观连通性（PC、IIC）及每个斑块的重要性（dPC、dIIC）。</translation>
        </message>
        <message>
            <extracomment>mcr:connectivity</extracomment>
            <source>&lt;p&gt;Graph-based landscape connectivity as Conefor computes it, on this plugin's exact least-cost distances. It is &lt;b&gt;not part of Li et al. (2020)&lt;/b&gt;, who pick sources by area alone; the ecological-security-pattern studies that followed rank candidate sources (often MSPA core areas) by their importance for connectivity and keep the most important ones.&lt;/p&gt;</source>
            <translation>&lt;p&gt;按 Conefor 的方法、基于本插件精确的最小成本距离计算基于图论的景观连通性。&lt;b&gt;这不属于 Li et al. (2020) 的方法&lt;/b&gt;（原文仅按面积选取源地）；此后的生态安全格局研究按候选源地（通常为 MSPA 核心区）对连通性的重要性排序，并保留最重要的源地。&lt;/p&gt;</translation>
        </message>
        <message>
            <extracomment>mcr:connectivity</extracomment>
            <source>&lt;ul&gt; &lt;li&gt;&lt;b&gt;Patch graph&lt;/b&gt;: the patches are nodes; a link joins two patches with their least-cost distance (the cheapest sum of step costs between any cells of the two, from one exact search per patch), or the length of that least-cost path in metres. By default adjacent patches are linked — those whose zones of one multi-source MCR search touch, as corridors join sources (Linkage Mapper's network) — and other pairs are joined through chains of links; optionally every pair that can reach each other (Conefor's full distance table, one exact search per patch).&lt;/li&gt; &lt;li&gt;&lt;b&gt;PC&lt;/b&gt;, probability of connectivity (Saura &amp;amp; Pascual-Hortal 2007): PC = Σ&lt;sub&gt;i&lt;/sub&gt; Σ&lt;sub&gt;j&lt;/sub&gt; a&lt;sub&gt;i&lt;/sub&gt; a&lt;sub&gt;j&lt;/sub&gt; p*&lt;sub&gt;ij&lt;/sub&gt; / A&lt;sub&gt;L&lt;/sub&gt;², where a is the patch attribute (area in km² by default), A&lt;sub&gt;L&lt;/sub&gt; the landscape area, and p*&lt;sub&gt;ij&lt;/sub&gt; the largest product of direct probabilities p = exp(−k d) over all paths between i and j (p*&lt;sub&gt;ii&lt;/sub&gt; = 1); k is set so that p equals the given probability at the threshold distance.&lt;/li&gt; &lt;li&gt;&lt;b&gt;IIC&lt;/b&gt;, integral index of connectivity (Pascual-Hortal &amp;amp; Saura 2006): IIC = Σ Σ a&lt;sub&gt;i&lt;/sub&gt; a&lt;sub&gt;j&lt;/sub&gt; / (1 + nl&lt;sub&gt;ij&lt;/sub&gt;) / A&lt;sub&gt;L&lt;/sub&gt;², nl the fewest links between i and j on the graph of links no longer than the threshold.&lt;/li&gt; &lt;li&gt;&lt;b&gt;dPC&lt;/b&gt; of a patch k (Saura &amp;amp; Rubio 2010) = 100 × (PC − PC without k) / PC, the loss when k stops being habitat, split into &lt;b&gt;dPCintra&lt;/b&gt; (its own habitat, a&lt;sub&gt;k&lt;/sub&gt;²), &lt;b&gt;dPCflux&lt;/b&gt; (the flows that start or end in k) and &lt;b&gt;dPCconnector&lt;/b&gt; (its role as a stepping stone between other patches); the three add up to dPC. &lt;b&gt;dIIC&lt;/b&gt; likewise for IIC. A&lt;sub&gt;L&lt;/sub&gt; does not change the importances.&lt;/li&gt; &lt;li&gt;&lt;b&gt;Links&lt;/b&gt; carry their own dPC (the loss of PC without that link, all of it of the connector kind), the direct probability and whether they are within the threshold (IIC links).&lt;/li&gt; &lt;/ul&gt;</source>
            <translation>&lt;ul&gt; &lt;li&gt;&lt;b&gt;斑块图&lt;/b&gt;：斑块为节点；连接以两斑块间的最小成本距离（两斑块任意像元之间步长成本之和的最小值，每个斑块一次精确搜索）或该最小成本路径以米计的长度连接两个斑块。默认连接相邻斑块——即在一次多源最小累积阻力搜索中分区相接的斑块，与生态廊道连接源地的方式相同（Linkage Mapper 的网络）——其他斑块对通过连接链相连；也可选择连接每一对可相互到达的斑块（Conefor 的完整距离表，每个斑块一次精确搜索）。&lt;/li&gt; &lt;li&gt;&lt;b&gt;PC&lt;/b&gt;，可能连通性指数（Saura &amp;amp; Pascual-Hortal 2007）：PC = Σ&lt;sub&gt;i&lt;/sub&gt; Σ&lt;sub&gt;j&lt;/sub&gt; a&lt;sub&gt;i&lt;/sub&gt; a&lt;sub&gt;j&lt;/sub&gt; p*&lt;sub&gt;ij&lt;/sub&gt; / A&lt;sub&gt;L&lt;/sub&gt;²，其中 a 为斑块属性（默认为面积，单位 km²），A&lt;sub&gt;L&lt;/sub&gt; 为景观面积，p*&lt;sub&gt;ij&lt;/sub&gt; 为 i 与 j 之间所有路径上直接扩散概率 p = exp(−k d) 乘积的最大值（p*&lt;sub&gt;ii&lt;/sub&gt; = 1）；k 的取值使 p 在阈值距离处等于给定的概率。&lt;/li&gt; &lt;li&gt;&lt;b&gt;IIC&lt;/b&gt;，整体连通性指数（Pascual-Hortal &amp;amp; Saura 2006）：IIC = Σ Σ a&lt;sub&gt;i&lt;/sub&gt; a&lt;sub&gt;j&lt;/sub&gt; / (1 + nl&lt;sub&gt;ij&lt;/sub&gt;) / A&lt;sub&gt;L&lt;/sub&gt;²，nl 为在长度不超过阈值的连接所构成的图上 i 与 j 之间的最少连接数。&lt;/li&gt; &lt;li&gt;斑块 k 的 &lt;b&gt;dPC&lt;/b&gt;（Saura &amp;amp; Rubio 2010）= 100 × (PC − 去除 k 后的 PC) / PC，即 k 不再是生境时的损失，分解为 &lt;b&gt;dPCintra&lt;/b&gt;（自身生境，a&lt;sub&gt;k&lt;/sub&gt;²）、&lt;b&gt;dPCflux&lt;/b&gt;（起止于 k 的流）和 &lt;b&gt;dPCconnector&lt;/b&gt;（作为其他斑块之间踏脚石的作用）；三者之和等于 dPC。&lt;b&gt;dIIC&lt;/b&gt; 对 IIC 同理。A&lt;sub&gt;L&lt;/sub&gt; 不影响重要性。&lt;/li&gt; &lt;li&gt;&lt;b&gt;连接&lt;/b&gt;带有自身的 dPC（去除该连接后 PC 的损失，全部属于连接者类型）、直接扩散概率，以及是否在阈值以内（IIC 连接）。&lt;/li&gt; &lt;/ul&gt;</translation>
        </message>
        <message>
            <extracomment>mcr:connectivity</extracomment>
            <source>&lt;p&gt;Patches: a patch-id raster (cells &amp;gt; 0, for example the raster output of &lt;i&gt;Select ecological sources&lt;/i&gt;), polygons or points (an optional id field; features with one id form one patch, otherwise 1, 2, … in the layer's order), or an &lt;b&gt;MSPA class raster&lt;/b&gt; (output of &lt;i&gt;MSPA&lt;/i&gt;): its core areas (codes 17 and 117; cells touching at a corner belong to one core) of at least the minimum core area become patches, numbered 1, 2, … by descending area. Everything is computed on the resistance grid; patches on another grid are aligned onto it by nearest neighbour.&lt;/p&gt;</source>
            <translation>&lt;p&gt;斑块：斑块编号栅格（像元 &amp;gt; 0，例如&lt;i&gt;识别生态源地&lt;/i&gt;的栅格输出）、面或点要素（可选编号字段；编号相同的要素构成同一斑块，否则按图层顺序编号为 1、2、…），或 &lt;b&gt;MSPA 类别栅格&lt;/b&gt;（&lt;i&gt;MSPA&lt;/i&gt; 的输出）：面积不小于最小核心区面积的核心区（代码 17 和 117；角点相接的像元属于同一核心区）作为斑块，按面积从大到小编号为 1、2、…。全部计算在阻力面格网上进行；位于其他格网上的斑块用最邻近法对齐到该格网。&lt;/p&gt;</translation>
        </message>
        <message>
            <extracomment>mcr:connectivity</extracomment>
            <source>&lt;p&gt;How to read the result: patches with a high dPC are the ones to keep as sources; a high &lt;code&gt;dpc_connector&lt;/code&gt; marks a stepping stone whose loss would cut others apart. The default threshold (10000 cost units) and the minimum core area (1 km²) are ours, not the literature's: choose the threshold from the dispersal ability of the species you plan for, and compare a few values.&lt;/p&gt;</source>
            <translation>&lt;p&gt;结果解读：dPC 高的斑块宜保留为源地；&lt;code&gt;dpc_connector&lt;/code&gt; 高表示该斑块是踏脚石，失去它会使其他斑块相互隔离。默认阈值（10000 成本单位）和最小核心区面积（1 km²）是本插件自定的，并非来自文献：请根据规划所针对物种的扩散能力选择阈值，并比较几个取值。&lt;/p&gt;</translation>
        </message>
        <message>
            <extracomment>mcr:connectivity</extracomment>
            <source>&lt;p&gt;Limits: the importances grow faster than the square of the number of patches — about 20 s for 1000 patches linked to their neighbours and 25 min for 5000, the most offered; beyond that PC and IIC alone are computed (up to 20000 patches). The least-cost links take one MCR search and bounded searches around each patch for adjacent patches (about 3 s for 54 patches on the 1000 × 1000 sample), one full search per patch for every pair (about 40 s there). No dense patch × patch matrix is held.&lt;/p&gt;</source>
            <translation>&lt;p&gt;限制：重要性的计算量增长快于斑块数的平方——1000 个斑块连接相邻斑块约需 20 s，5000 个（所允许的最大值）约需 25 min；超过此数只计算 PC 和 IIC（最多 20000 个斑块）。相邻斑块方式的最小成本连接需要一次最小累积阻力搜索和围绕每个斑块的有界搜索（在 1000 × 1000 的示例数据上 54 个斑块约 3 s）；每一对斑块方式需要每个斑块一次完整搜索（同一数据约 40 s）。不会保存稠密的斑块 × 斑块矩阵。&lt;/p&gt;</translation>
        </message>
        <message>
            <extracomment>mcr:connectivity</extracomment>
            <source>&lt;p&gt;Outputs: the patches (polygons of their cells) with &lt;code&gt;patch_id&lt;/code&gt;, &lt;code&gt;area_km2&lt;/code&gt;, &lt;code&gt;attribute&lt;/code&gt;, &lt;code&gt;links&lt;/code&gt; (number of links), &lt;code&gt;dpc&lt;/code&gt;, &lt;code&gt;dpc_intra&lt;/code&gt;, &lt;code&gt;dpc_flux&lt;/code&gt;, &lt;code&gt;dpc_connector&lt;/code&gt;, &lt;code&gt;dpc_rank&lt;/code&gt; (1 = most important), &lt;code&gt;diic&lt;/code&gt;, &lt;code&gt;diic_intra&lt;/code&gt;, &lt;code&gt;diic_flux&lt;/code&gt;, &lt;code&gt;diic_connector&lt;/code&gt; (percent); the links (least-cost paths or straight lines between patch centres) with &lt;code&gt;from_patch&lt;/code&gt;, &lt;code&gt;to_patch&lt;/code&gt;, &lt;code&gt;cost&lt;/code&gt;, &lt;code&gt;length_m&lt;/code&gt;, &lt;code&gt;distance&lt;/code&gt; (in the unit used), &lt;code&gt;probability&lt;/code&gt;, &lt;code&gt;within_threshold&lt;/code&gt;, &lt;code&gt;dpc_link&lt;/code&gt;; a one-row summary table with PC, IIC, the equivalent connected areas EC(PC) = √(PC) A&lt;sub&gt;L&lt;/sub&gt; and EC(IIC) (Saura et al. 2011), the settings and counts; and PC and IIC as output numbers for the Modeler.&lt;/p&gt;</source>
            <translation>&lt;p&gt;输出：斑块（由其像元构成的面），字段为 &lt;code&gt;patch_id&lt;/code&gt;、&lt;code&gt;area_km2&lt;/code&gt;、&lt;code&gt;attribute&lt;/code&gt;、&lt;code&gt;links&lt;/code&gt;（连接数）、&lt;code&gt;dpc&lt;/code&gt;、&lt;code&gt;dpc_intra&lt;/code&gt;、&lt;code&gt;dpc_flux&lt;/code&gt;、&lt;code&gt;dpc_connector&lt;/code&gt;、&lt;code&gt;dpc_rank&lt;/code&gt;（1 = 最重要）、&lt;code&gt;diic&lt;/code&gt;、&lt;code&gt;diic_intra&lt;/code&gt;、&lt;code&gt;diic_flux&lt;/code&gt;、&lt;code&gt;diic_connector&lt;/code&gt;（百分比）；连接（最小成本路径或斑块中心间的直线），字段为 &lt;code&gt;from_patch&lt;/code&gt;、&lt;code&gt;to_patch&lt;/code&gt;、&lt;code&gt;cost&lt;/code&gt;、&lt;code&gt;length_m&lt;/code&gt;、&lt;code&gt;distance&lt;/code&gt;（采用所用单位）、&lt;code&gt;probability&lt;/code&gt;、&lt;code&gt;within_threshold&lt;/code&gt;、&lt;code&gt;dpc_link&lt;/code&gt;；单行汇总表，含 PC、IIC、等效连通面积 EC(PC) = √(PC) A&lt;sub&gt;L&lt;/sub&gt; 和 EC(IIC)（Saura et al. 2011）、参数设置和计数；以及供图形建模器使用的输出数值 PC 和 IIC。&lt;/p&gt;</translation>
        </message>
        <message>
            <extracomment>mcr:connectivity</extracomment>
            <source>&lt;p&gt;Example: &lt;code&gt;qgis_process run mcr:connectivity -- RESISTANCE=resistance.tif MSPA=mspa.tif MIN_CORE_AREA=1 DISTANCE_THRESHOLD=10000 OUTPUT=patches.gpkg LINKS=links.gpkg SUMMARY=connectivity.csv&lt;/code&gt;&lt;/p&gt;</source>
            <translation>&lt;p&gt;示例：&lt;code&gt;qgis_process run mcr:connectivity -- RESISTANCE=resistance.tif MSPA=mspa.tif MIN_CORE_AREA=1 DISTANCE_THRESHOLD=10000 OUTPUT=patches.gpkg LINKS=links.gpkg SUMMARY=connectivity.csv&lt;/code&gt;&lt;/p&gt;</translation>
        </message>
        <message>
            <extracomment>mcr:connectivity</extracomment>
            <source>&lt;p&gt;References: Saura S., Pascual-Hortal L. (2007). A new habitat availability index to integrate connectivity in landscape conservation planning. Landscape and Urban Planning 83:91–103. Saura S., Rubio L. (2010). A common currency for the different ways in which patches and links can contribute to habitat availability and connectivity in the landscape. Ecography 33:523–537. Pascual-Hortal L., Saura S. (2006). Comparison and development of new graph-based landscape connectivity indices. Landscape Ecology 21:959–967. Saura S., Estreguil C., Mouton C., Rodríguez-Freire M. (2011). Network analysis to assess landscape connectivity trends. Ecological Indicators 11:407–416.&lt;/p&gt;</source>
            <translation>&lt;p&gt;参考文献：Saura S., Pascual-Hortal L. (2007). A new habitat availability index to integrate connectivity in landscape conservation planning. Landscape and Urban Planning 83:91–103. Saura S., Rubio L. (2010). A common currency for the different ways in which patches and links can contribute to habitat availability and connectivity in the landscape. Ecography 33:523–537. Pascual-Hortal L., Saura S. (2006). Comparison and development of new graph-based landscape connectivity indices. Landscape Ecology 21:959–967. Saura S., Estreguil C., Mouton C., Rodríguez-Freire M. (2011). Network analysis to assess landscape connectivity trends. Ecological Indicators 11:407–416.&lt;/p&gt;</translation>
        </message>
        <message>
            <extracomment>mcr:connectivity</extracomment>
            <source>connectivity</source>
            <translation>连通性</translation>
        </message>
        <message>
            <extracomment>mcr:connectivity</extracomment>
            <source>probability of connectivity</source>
            <translation>可能连通性指数</translation>
        </message>
        <message>
            <extracomment>mcr:connectivity</extracomment>
            <source>PC</source>
            <translation>PC</translation>
        </message>
        <message>
            <extracomment>mcr:connectivity</extracomment>
            <source>dPC</source>
            <translation>dPC</translation>
        </message>
        <message>
            <extracomment>mcr:connectivity</extracomment>
            <source>integral index of connectivity</source>
            <translation>整体连通性指数</translation>
        </message>
        <message>
            <extracomment>mcr:connectivity</extracomment>
            <source>IIC</source>
            <translation>IIC</translation>
        </message>
        <message>
            <extracomment>mcr:connectivity</extracomment>
            <source>dIIC</source>
            <translation>dIIC</translation>
        </message>
        <message>
            <extracomment>mcr:connectivity</extracomment>
            <source>Conefor</source>
            <translation>Conefor</translation>
        </message>
        <message>
            <extracomment>mcr:connectivity</extracomment>
            <source>patch importance</source>
            <translation>斑块重要性</translation>
        </message>
        <message>
            <extracomment>mcr:connectivity</extracomment>
            <source>stepping stone</source>
            <translation>踏脚石</translation>
        </message>
        <message>
            <extracomment>mcr:connectivity</extracomment>
            <source>graph</source>
            <translation>图论</translation>
        </message>
        <message>
            <extracomment>mcr:connectivity</extracomment>
            <source>least-cost distance</source>
            <translation>最小成本距离</translation>
        </message>
        <message>
            <location filename="../algorithms/mspa_algorithm.py" line="163" />
            <source>MSPA</source>
            <translation>MSPA</translation>
        </message>
        <message>
            <extracomment>mcr:connectivity</extracomment>
            <source>ecological source</source>
            <translation>生态源地</translation>
        </message>
        <message>
            <extracomment>mcr:mspa</extracomment>
            <source>Land-use raster</source>
            <translation>土地利用栅格</translation>
        </message>
        <message>
            <location filename="../algorithms/landuse_input.py" line="288" />
            <source>Habitat class codes (default: the preset's habitat classes)</source>
            <translation>生境类别代码（默认：预设中的生境类）</translation>
        </message>
        <message>
            <extracomment>mcr:mspa</extracomment>
            <source>Class codes of the land use that are habitat (foreground), separated by commas. Empty (default): the habitat classes of the preset or table file (the paper: 1, vegetation).</source>
            <translation>属于生境（前景）的土地利用类别代码，以逗号分隔。留空（默认）：预设或分类表文件中的生境类（原文：1，植被）。</translation>
        </message>
        <message>
            <location filename="../algorithms/mspa_algorithm.py" line="64" />
            <source>Or: a habitat mask raster (cells &gt; 0 are habitat)</source>
            <translation>或：生境掩膜栅格（值 &gt; 0 的像元为生境）</translation>
        </message>
        <message>
            <extracomment>mcr:mspa</extracomment>
            <source>Instead of the land use: a raster whose cells &gt; 0 are habitat, 0 is background and NoData is missing data. Leave empty when you give the land use.</source>
            <translation>代替土地利用：值 &gt; 0 的像元为生境、0 为背景、无数据为缺失数据的栅格。给出土地利用时请留空。</translation>
        </message>
        <message>
            <location filename="../algorithms/mspa_algorithm.py" line="69" />
            <source>Foreground connectivity</source>
            <translation>前景连通性</translation>
        </message>
        <message>
            <location filename="../algorithms/mspa_algorithm.py" line="70" />
            <source>8 (cells touching at a corner are connected)</source>
            <translation>8（角点相接的像元视为连通）</translation>
        </message>
        <message>
            <location filename="../algorithms/mspa_algorithm.py" line="70" />
            <source>4 (cells touching by an edge)</source>
            <translation>4（边相接的像元）</translation>
        </message>
        <message>
            <extracomment>mcr:mspa</extracomment>
            <source>Whether habitat cells that touch only at a corner are connected (8, default, as in GuidosToolbox) or not (4). The background uses the other connectivity.</source>
            <translation>仅在角点相接的生境像元是否连通（8，默认，与 GuidosToolbox 相同）或不连通（4）。背景采用另一种连通性。</translation>
        </message>
        <message>
            <location filename="../algorithms/mspa_algorithm.py" line="76" />
            <source>Edge width (cells)</source>
            <translation>边缘宽度（像元）</translation>
        </message>
        <message>
            <extracomment>mcr:mspa</extracomment>
            <source>Width of edge and perforation in cells (1 to 100; default 1, GuidosToolbox's default). Core is habitat farther than this + 0.98 cells from non-habitat.</source>
            <translation>边缘和穿孔的宽度，以像元计（1 至 100；默认 1，同 GuidosToolbox 默认值）。核心区是距非生境超过该值 + 0.98 个像元的生境。</translation>
        </message>
        <message>
            <location filename="../algorithms/mspa_algorithm.py" line="81" />
            <source>Transition: keep loops and bridges where they cross an edge or perforation</source>
            <translation>过渡（Transition）：环和桥穿过边缘或穿孔处保留其类别</translation>
        </message>
        <message>
            <extracomment>mcr:mspa</extracomment>
            <source>On (default): loops and bridges keep their class where they cross an edge or perforation (codes 35, 37, 67, 69). Off: those cells are edge or perforation.</source>
            <translation>开启（默认）：环和桥穿过边缘或穿孔处保留其类别（代码 35、37、67、69）。关闭：这些像元归为边缘或穿孔。</translation>
        </message>
        <message>
            <location filename="../algorithms/mspa_algorithm.py" line="86" />
            <source>Intext: mark features inside core holes as internal (+100)</source>
            <translation>内外区分（Intext）：核心区孔洞内的要素标为内部（+100）</translation>
        </message>
        <message>
            <extracomment>mcr:mspa</extracomment>
            <source>On (default): features inside the holes of a core get +100 and enclosed background is core opening (100) or border opening (220). Off: no internal codes, all background 0.</source>
            <translation>开启（默认）：核心区孔洞内的要素加 100，被包围的背景为核心区开口（100）或边界开口（220）。关闭：没有内部代码，背景均为 0。</translation>
        </message>
        <message>
            <location filename="../algorithms/mspa_algorithm.py" line="89" />
            <source>MSPA classes</source>
            <translation>MSPA 类别</translation>
        </message>
        <message>
            <extracomment>mcr:mspa</extracomment>
            <source>MSPA class raster (Byte, GuidosToolbox codes, NoData 129 = missing), styled with GuidosToolbox's colours and class names.</source>
            <translation>MSPA 类别栅格（Byte，GuidosToolbox 代码，无数据值 129 = 缺失），采用 GuidosToolbox 的颜色和类别名称渲染。</translation>
        </message>
        <message>
            <location filename="../algorithms/mspa_algorithm.py" line="92" />
            <source>MSPA statistics table</source>
            <translation>MSPA 统计表</translation>
        </message>
        <message>
            <extracomment>mcr:mspa</extracomment>
            <source>Table of the classes: class, code, cells, area_km2 and foreground_pct (share of the habitat, %). Written as CSV, GeoPackage table or any table format its extension names.</source>
            <translation>各类别的统计表：class、code、cells、area_km2 和 foreground_pct（占生境的比例，%）。可写为 CSV、GeoPackage 表或扩展名所指的任何表格格式。</translation>
        </message>
        <message>
            <extracomment>mcr:mspa</extracomment>
            <source>Morphological spatial pattern analysis (MSPA)</source>
            <translation>形态学空间格局分析（MSPA）</translation>
        </message>
        <message>
            <extracomment>mcr:mspa</extracomment>
            <source>Segments the habitat of a map into MSPA classes (core, islet, perforation, edge, loop, bridge, branch) as GuidosToolbox does.</source>
            <translation>按 GuidosToolbox 的方法，将地图中的生境分割为 MSPA 类别（核心区、孤岛、穿孔、边缘、环、桥、支线）。</translation>
        </message>
        <message>
            <extracomment>mcr:mspa</extracomment>
            <source>&lt;p&gt;Morphological Spatial Pattern Analysis (Soille &amp;amp; Vogt 2009; the MSPA of GuidosToolbox) splits the habitat (foreground) of a binary map into seven classes by mathematical morphology. It is &lt;b&gt;not part of Li et al. (2020)&lt;/b&gt;, whose sources are dense vegetation of more than 10 km²: it comes from the ecological-security-pattern studies that followed, which take MSPA &lt;b&gt;core&lt;/b&gt; areas as candidate sources and rank them by connectivity importance (&lt;i&gt;Connectivity importance of habitat patches&lt;/i&gt;, or the dPC option of &lt;i&gt;Select ecological sources&lt;/i&gt;).&lt;/p&gt;</source>
            <translation>&lt;p&gt;形态学空间格局分析（Soille &amp;amp; Vogt 2009；即 GuidosToolbox 中的 MSPA）利用数学形态学将二值图的生境（前景）划分为七类。&lt;b&gt;这不属于 Li et al. (2020) 的方法&lt;/b&gt;（原文的源地为面积大于 10 km² 的密集植被区）：它来自此后的生态安全格局研究，这些研究以 MSPA &lt;b&gt;核心区&lt;/b&gt;为候选源地，并按连通性重要性排序（&lt;i&gt;生境斑块连通性重要性&lt;/i&gt;，或&lt;i&gt;识别生态源地&lt;/i&gt;的 dPC 选项）。&lt;/p&gt;</translation>
        </message>
        <message>
            <extracomment>mcr:mspa</extracomment>
            <source>&lt;table border="1" cellpadding="3"&gt; &lt;tr&gt;&lt;th&gt;class&lt;/th&gt;&lt;th&gt;code&lt;/th&gt;&lt;th&gt;internal&lt;/th&gt;&lt;th&gt;what it is&lt;/th&gt;&lt;/tr&gt; &lt;tr&gt;&lt;td&gt;Core&lt;/td&gt;&lt;td&gt;17&lt;/td&gt;&lt;td&gt;117&lt;/td&gt;&lt;td&gt;habitat farther than the edge width from every non-habitat cell&lt;/td&gt;&lt;/tr&gt; &lt;tr&gt;&lt;td&gt;Islet&lt;/td&gt;&lt;td&gt;9&lt;/td&gt;&lt;td&gt;109&lt;/td&gt;&lt;td&gt;a habitat patch too small or thin to hold any core&lt;/td&gt;&lt;/tr&gt; &lt;tr&gt;&lt;td&gt;Perforation&lt;/td&gt;&lt;td&gt;5&lt;/td&gt;&lt;td&gt;105&lt;/td&gt;&lt;td&gt;the inner boundary of a core, around a hole in it&lt;/td&gt;&lt;/tr&gt; &lt;tr&gt;&lt;td&gt;Edge&lt;/td&gt;&lt;td&gt;3&lt;/td&gt;&lt;td&gt;103&lt;/td&gt;&lt;td&gt;the outer boundary of a core&lt;/td&gt;&lt;/tr&gt; &lt;tr&gt;&lt;td&gt;Loop&lt;/td&gt;&lt;td&gt;65&lt;/td&gt;&lt;td&gt;165&lt;/td&gt;&lt;td&gt;a connector that leaves a core and returns to the same core&lt;/td&gt;&lt;/tr&gt; &lt;tr&gt;&lt;td&gt;Bridge&lt;/td&gt;&lt;td&gt;33&lt;/td&gt;&lt;td&gt;133&lt;/td&gt;&lt;td&gt;a connector between two different cores (a corridor)&lt;/td&gt;&lt;/tr&gt; &lt;tr&gt;&lt;td&gt;Branch&lt;/td&gt;&lt;td&gt;1&lt;/td&gt;&lt;td&gt;101&lt;/td&gt;&lt;td&gt;habitat that leads out of a core, an edge or a connector and ends&lt;/td&gt;&lt;/tr&gt; &lt;tr&gt;&lt;td&gt;Background&lt;/td&gt;&lt;td&gt;0&lt;/td&gt;&lt;td&gt;100 (core opening), 220 (border opening)&lt;/td&gt;&lt;td&gt;not habitat&lt;/td&gt;&lt;/tr&gt; &lt;tr&gt;&lt;td&gt;Missing&lt;/td&gt;&lt;td&gt;129&lt;/td&gt;&lt;td&gt;&lt;/td&gt;&lt;td&gt;NoData of the input (NoData of the output)&lt;/td&gt;&lt;/tr&gt; &lt;/table&gt;</source>
            <translation>&lt;table border="1" cellpadding="3"&gt; &lt;tr&gt;&lt;th&gt;类别&lt;/th&gt;&lt;th&gt;代码&lt;/th&gt;&lt;th&gt;内部代码&lt;/th&gt;&lt;th&gt;含义&lt;/th&gt;&lt;/tr&gt; &lt;tr&gt;&lt;td&gt;核心区&lt;/td&gt;&lt;td&gt;17&lt;/td&gt;&lt;td&gt;117&lt;/td&gt;&lt;td&gt;与所有非生境像元的距离均大于边缘宽度的生境&lt;/td&gt;&lt;/tr&gt; &lt;tr&gt;&lt;td&gt;孤岛&lt;/td&gt;&lt;td&gt;9&lt;/td&gt;&lt;td&gt;109&lt;/td&gt;&lt;td&gt;过小或过窄、无法包含任何核心区的生境斑块&lt;/td&gt;&lt;/tr&gt; &lt;tr&gt;&lt;td&gt;穿孔&lt;/td&gt;&lt;td&gt;5&lt;/td&gt;&lt;td&gt;105&lt;/td&gt;&lt;td&gt;核心区的内边界，围绕其中的孔洞&lt;/td&gt;&lt;/tr&gt; &lt;tr&gt;&lt;td&gt;边缘&lt;/td&gt;&lt;td&gt;3&lt;/td&gt;&lt;td&gt;103&lt;/td&gt;&lt;td&gt;核心区的外边界&lt;/td&gt;&lt;/tr&gt; &lt;tr&gt;&lt;td&gt;环&lt;/td&gt;&lt;td&gt;65&lt;/td&gt;&lt;td&gt;165&lt;/td&gt;&lt;td&gt;离开核心区又回到同一核心区的连接体&lt;/td&gt;&lt;/tr&gt; &lt;tr&gt;&lt;td&gt;桥&lt;/td&gt;&lt;td&gt;33&lt;/td&gt;&lt;td&gt;133&lt;/td&gt;&lt;td&gt;连接两个不同核心区的连接体（即廊道）&lt;/td&gt;&lt;/tr&gt; &lt;tr&gt;&lt;td&gt;支线&lt;/td&gt;&lt;td&gt;1&lt;/td&gt;&lt;td&gt;101&lt;/td&gt;&lt;td&gt;从核心区、边缘或连接体伸出并终止的生境&lt;/td&gt;&lt;/tr&gt; &lt;tr&gt;&lt;td&gt;背景&lt;/td&gt;&lt;td&gt;0&lt;/td&gt;&lt;td&gt;100（核心区开口），220（边界开口）&lt;/td&gt;&lt;td&gt;非生境&lt;/td&gt;&lt;/tr&gt; &lt;tr&gt;&lt;td&gt;缺失&lt;/td&gt;&lt;td&gt;129&lt;/td&gt;&lt;td&gt;&lt;/td&gt;&lt;td&gt;输入中的无数据（即输出的无数据）&lt;/td&gt;&lt;/tr&gt; &lt;/table&gt;</translation>
        </message>
        <message>
            <extracomment>mcr:mspa</extracomment>
            <source>&lt;p&gt;Codes and colours are GuidosToolbox's (MSPA v2.3): core green, islet brown, perforation blue, edge black, loop yellow, bridge red, branch orange, background grey; the output loads with that palette and the class names. &lt;b&gt;Transition&lt;/b&gt; (on by default, as in GuidosToolbox): where a loop or bridge crosses an edge or a perforation to reach its core, those cells keep the connector's colour with the codes 67/69 (loop in edge / perforation) and 35/37 (bridge in edge / perforation); off, they are edge or perforation. &lt;b&gt;Intext&lt;/b&gt; (on by default): everything inside the holes of a core gets +100 (internal features), background enclosed by core is a core opening (100), background enclosed by other habitat a border opening (220).&lt;/p&gt;</source>
            <translation>&lt;p&gt;代码和颜色与 GuidosToolbox（MSPA v2.3）一致：核心区绿色、孤岛棕色、穿孔蓝色、边缘黑色、环黄色、桥红色、支线橙色、背景灰色；输出加载时即采用该配色和类别名称。&lt;b&gt;过渡（Transition）&lt;/b&gt;（默认开启，同 GuidosToolbox）：环或桥为到达其核心区而穿过边缘或穿孔时，这些像元保留连接体的颜色，代码为 67/69（位于边缘/穿孔中的环）和 35/37（位于边缘/穿孔中的桥）；关闭时它们归为边缘或穿孔。&lt;b&gt;内外区分（Intext）&lt;/b&gt;（默认开启）：核心区孔洞内的一切都加 100（内部要素），被核心区包围的背景为核心区开口（100），被其他生境包围的背景为边界开口（220）。&lt;/p&gt;</translation>
        </message>
        <message>
            <extracomment>mcr:mspa</extracomment>
            <source>&lt;p&gt;&lt;b&gt;Edge width&lt;/b&gt; is in cells (GuidosToolbox's EdgeWidth, 1 to 100): core is habitat farther than edge width + 0.98 cells (Euclidean, between cell centres) from non-habitat, so the edge is as many metres wide as the cells are times the width. &lt;b&gt;Foreground connectivity&lt;/b&gt; 8 (default) joins habitat cells that touch at a corner; the background then uses 4, and the other way round. The raster border is handled as GuidosToolbox does: the map continues beyond it, so a forest cut by the border has no edge there.&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;边缘宽度&lt;/b&gt;以像元计（GuidosToolbox 的 EdgeWidth，1 至 100）：核心区是与非生境的距离大于边缘宽度 + 0.98 个像元（欧氏距离，按像元中心计）的生境，因此边缘的实际宽度（米）等于像元大小乘以该宽度。&lt;b&gt;前景连通性&lt;/b&gt;为 8（默认）时，角点相接的生境像元相连；此时背景采用 4 连通，反之亦然。栅格边界的处理与 GuidosToolbox 相同：视为地图在边界外延续，因此被边界截断的森林在边界处没有边缘。&lt;/p&gt;</translation>
        </message>
        <message>
            <extracomment>mcr:mspa</extracomment>
            <source>&lt;p&gt;Habitat: the habitat classes of the land use (default: the class-table preset's habitat classes — the paper's vegetation, code 1, or a product's forest classes; or the codes you type), from a raster of codes or polygons with a class field, as in &lt;i&gt;Select ecological sources&lt;/i&gt;. Or a mask raster: cells &amp;gt; 0 are habitat, 0 is background, NoData is missing. (A GuidosToolbox input file, 2 = foreground and 1 = background, is a land-use raster with habitat class 2; set its missing value 0 as NoData.)&lt;/p&gt;</source>
            <translation>&lt;p&gt;生境：土地利用中的生境类（默认：分类表预设中的生境类——原文为植被，代码 1，或某产品的森林类；也可手动输入代码），来自类别代码栅格或带类别字段的面要素，与&lt;i&gt;识别生态源地&lt;/i&gt;相同。也可给出掩膜栅格：像元 &amp;gt; 0 为生境，0 为背景，无数据为缺失。（GuidosToolbox 的输入文件，2 = 前景、1 = 背景，可作为生境类为 2 的土地利用栅格使用；需将其缺失值 0 设为无数据。）&lt;/p&gt;</translation>
        </message>
        <message>
            <extracomment>mcr:mspa</extracomment>
            <source>&lt;p&gt;Outputs: the class raster (Byte, NoData 129 = missing) on the input grid, and a table with one row per class present (the seven foreground classes and the background always): &lt;code&gt;class&lt;/code&gt;, &lt;code&gt;code&lt;/code&gt;, &lt;code&gt;cells&lt;/code&gt;, &lt;code&gt;area_km2&lt;/code&gt;, &lt;code&gt;foreground_pct&lt;/code&gt; (share of the habitat, empty for background, openings and missing). The pure-numpy implementation follows the published definitions and reproduces the class codes of GuidosToolbox; it segments an 8000 × 8000 raster in about 15 s using about 28 bytes per cell (one core of a 2-core machine).&lt;/p&gt;</source>
            <translation>&lt;p&gt;输出：输入格网上的类别栅格（Byte，无数据值 129 = 缺失），以及每个出现的类别一行的统计表（七个前景类别和背景总会列出）：&lt;code&gt;class&lt;/code&gt;、&lt;code&gt;code&lt;/code&gt;、&lt;code&gt;cells&lt;/code&gt;、&lt;code&gt;area_km2&lt;/code&gt;、&lt;code&gt;foreground_pct&lt;/code&gt;（占生境的比例；背景、开口和缺失为空）。纯 numpy 实现遵循已发表的定义，并复现 GuidosToolbox 的类别代码；分割 8000 × 8000 的栅格约需 15 s，每像元约占 28 字节内存（在双核机器上使用一个核）。&lt;/p&gt;</translation>
        </message>
        <message>
            <extracomment>mcr:mspa</extracomment>
            <source>&lt;p&gt;Example: &lt;code&gt;qgis_process run mcr:mspa -- INPUT=landuse_2018.tif EDGE_WIDTH=2 OUTPUT=mspa.tif STATISTICS=mspa.csv&lt;/code&gt;&lt;/p&gt;</source>
            <translation>&lt;p&gt;示例：&lt;code&gt;qgis_process run mcr:mspa -- INPUT=landuse_2018.tif EDGE_WIDTH=2 OUTPUT=mspa.tif STATISTICS=mspa.csv&lt;/code&gt;&lt;/p&gt;</translation>
        </message>
        <message>
            <extracomment>mcr:mspa</extracomment>
            <source>&lt;p&gt;References: Soille P., Vogt P. (2009). Morphological segmentation of binary patterns. Pattern Recognition Letters 30(4):456–459, doi:10.1016/j.patrec.2008.10.015. Vogt P., Riitters K. (2017). GuidosToolbox: universal digital image object analysis. European Journal of Remote Sensing 50(1):352–361.&lt;/p&gt;</source>
            <translation>&lt;p&gt;参考文献：Soille P., Vogt P. (2009). Morphological segmentation of binary patterns. Pattern Recognition Letters 30(4):456–459, doi:10.1016/j.patrec.2008.10.015. Vogt P., Riitters K. (2017). GuidosToolbox: universal digital image object analysis. European Journal of Remote Sensing 50(1):352–361.&lt;/p&gt;</translation>
        </message>
        <message>
            <extracomment>mcr:mspa</extracomment>
            <source>morphological spatial pattern analysis</source>
            <translation>形态学空间格局分析</translation>
        </message>
        <message>
            <extracomment>mcr:mspa</extracomment>
            <source>GuidosToolbox</source>
            <translation>GuidosToolbox</translation>
        </message>
        <message>
            <extracomment>mcr:mspa</extracomment>
            <source>core</source>
            <translation>核心区</translation>
        </message>
        <message>
            <extracomment>mcr:mspa</extracomment>
            <source>bridge</source>
            <translation>桥</translation>
        </message>
        <message>
            <extracomment>mcr:mspa</extracomment>
            <source>edge</source>
            <translation>边缘</translation>
        </message>
        <message>
            <extracomment>mcr:mspa</extracomment>
            <source>islet</source>
            <translation>孤岛</translation>
        </message>
        <message>
            <extracomment>mcr:mspa</extracomment>
            <source>loop</source>
            <translation>环</translation>
        </message>
        <message>
            <extracomment>mcr:mspa</extracomment>
            <source>branch</source>
            <translation>支线</translation>
        </message>
        <message>
            <extracomment>mcr:mspa</extracomment>
            <source>perforation</source>
            <translation>穿孔</translation>
        </message>
        <message>
            <extracomment>mcr:mspa</extracomment>
            <source>habitat</source>
            <translation>生境</translation>
        </message>
        <message>
            <extracomment>mcr:mspa</extracomment>
            <source>green infrastructure</source>
            <translation>绿色基础设施</translation>
        </message>
        <message>
            <extracomment>mcr:selectsources</extracomment>
            <source>Class codes that count as habitat, separated by commas. Empty (default): the habitat classes of the preset or table file (the paper: 1, vegetation).</source>
            <translation>视为生境的类别代码，以逗号分隔。留空（默认）：预设或分类表文件中的生境类（原文：1，植被）。</translation>
        </message>
        <message>
            <location filename="../algorithms/select_sources.py" line="64" />
            <source>Minimum source area (km²)</source>
            <translation>最小源地面积（km²）</translation>
        </message>
        <message>
            <extracomment>mcr:selectsources</extracomment>
            <source>Smallest patch area, in km², that becomes a source; a patch of exactly this area is kept. Default 10 km² (the paper).</source>
            <translation>成为源地的最小斑块面积，单位 km²；面积恰好等于该值的斑块也保留。默认 10 km²（原文）。</translation>
        </message>
        <message>
            <location filename="../algorithms/select_sources.py" line="69" />
            <source>Cells belong to one patch when they touch</source>
            <translation>像元属于同一斑块的条件</translation>
        </message>
        <message>
            <location filename="../algorithms/select_sources.py" line="70" />
            <source>by an edge or a corner (8 neighbours)</source>
            <translation>边或角点相接（8 邻域）</translation>
        </message>
        <message>
            <location filename="../algorithms/select_sources.py" line="70" />
            <source>by an edge (4 neighbours)</source>
            <translation>边相接（4 邻域）</translation>
        </message>
        <message>
            <extracomment>mcr:selectsources</extracomment>
            <source>Whether cells that touch only at a corner belong to one patch (8 neighbours, default) or not (4 neighbours).</source>
            <translation>仅在角点相接的像元是否属于同一斑块（8 邻域，默认）或不属于（4 邻域）。</translation>
        </message>
        <message>
            <location filename="../algorithms/select_sources.py" line="75" />
            <source>Opening radius to cut thin links (m)</source>
            <translation>切断细窄连接的开运算半径（m）</translation>
        </message>
        <message>
            <extracomment>mcr:selectsources</extracomment>
            <source>Radius, in metres, of the disk of a morphological opening applied to the habitat before patches are measured; removes habitat narrower than the disk and so cuts thin links between patches. 0 (default) = no opening.</source>
            <translation>在量算斑块之前对生境做形态学开运算所用圆盘的半径，单位米；去除比圆盘窄的生境，从而切断斑块之间的细窄连接。0（默认）= 不做开运算。</translation>
        </message>
        <message>
            <location filename="../algorithms/select_sources.py" line="80" />
            <source>Fill holes smaller than (km²)</source>
            <translation>填充小于此面积的孔洞（km²）</translation>
        </message>
        <message>
            <extracomment>mcr:selectsources</extracomment>
            <source>Enclosed non-habitat holes smaller than this area (km²) are added to the patch around them before it is measured. 0 (default) = no filling.</source>
            <translation>被包围的、面积小于此值（km²）的非生境孔洞，在量算前并入其周围的斑块。0（默认）= 不填充。</translation>
        </message>
        <message>
            <location filename="../algorithms/select_sources.py" line="86" />
            <source>Sources are</source>
            <translation>源地为</translation>
        </message>
        <message>
            <location filename="../algorithms/select_sources.py" line="87" />
            <source>the patches of at least the minimum area (the paper)</source>
            <translation>面积不小于最小面积的斑块（原文）</translation>
        </message>
        <message>
            <location filename="../algorithms/select_sources.py" line="88" />
            <source>of those, the most important for connectivity (dPC)</source>
            <translation>其中对连通性最重要的斑块（dPC）</translation>
        </message>
        <message>
            <location filename="../algorithms/select_sources.py" line="89" />
            <source>of those, the most important for connectivity (dIIC)</source>
            <translation>其中对连通性最重要的斑块（dIIC）</translation>
        </message>
        <message>
            <extracomment>mcr:selectsources</extracomment>
            <source>Which patches become sources: every patch of at least the minimum area (default; the paper's rule), or of those the most important for connectivity by dPC or by dIIC (Saura and Rubio 2010; needs the resistance surface). In qgis_process: 0, 1 or 2.</source>
            <translation>哪些斑块成为源地：面积不小于最小面积的所有斑块（默认；原文的规则），或其中按 dPC 或 dIIC 衡量对连通性最重要的斑块（Saura and Rubio 2010；需要阻力面）。在 qgis_process 中：0、1 或 2。</translation>
        </message>
        <message>
            <location filename="../algorithms/select_sources.py" line="95" />
            <source>Resistance surface (to rank by connectivity importance)</source>
            <translation>阻力面（用于按连通性重要性排序）</translation>
        </message>
        <message>
            <extracomment>mcr:selectsources</extracomment>
            <source>Resistance surface for the least-cost distances between patches when ranking by connectivity importance (resampled onto the land-use grid if it lies on another one). Not used with the paper's rule.</source>
            <translation>按连通性重要性排序时，用于计算斑块间最小成本距离的阻力面（若位于其他格网上，则重采样到土地利用格网）。采用原文规则时不使用。</translation>
        </message>
        <message>
            <location filename="../algorithms/select_sources.py" line="100" />
            <source>Keep the N most important patches (0 = no limit)</source>
            <translation>保留最重要的 N 个斑块（0 = 不限）</translation>
        </message>
        <message>
            <extracomment>mcr:selectsources</extracomment>
            <source>When ranking: keep the N patches with the highest importance (ties by id). 0 (default) = no limit.</source>
            <translation>排序时：保留重要性最高的 N 个斑块（并列时按编号）。0（默认）= 不限。</translation>
        </message>
        <message>
            <location filename="../algorithms/select_sources.py" line="106" />
            <source>Keep patches whose importance is at least (%)</source>
            <translation>保留重要性不低于此值的斑块（%）</translation>
        </message>
        <message>
            <extracomment>mcr:selectsources</extracomment>
            <source>When ranking: keep the patches whose importance (dPC or dIIC, %) is at least this; with N as well, both must hold. 0 (default) = no limit; a common choice in the literature is dPC ≥ 1 %.</source>
            <translation>排序时：保留重要性（dPC 或 dIIC，%）不低于此值的斑块；同时给出 N 时，须两者都满足。0（默认）= 不限；文献中常用 dPC ≥ 1 %。</translation>
        </message>
        <message>
            <location filename="../algorithms/compare_patterns.py" line="247" />
            <source>Ecological sources</source>
            <translation>生态源地</translation>
        </message>
        <message>
            <extracomment>mcr:selectsources</extracomment>
            <source>Source polygons (MultiPolygon) with source_id, area_km2, perimeter_km and cells; when ranked by importance also dpc, diic and importance_rank.</source>
            <translation>源地面要素（MultiPolygon），字段为 source_id、area_km2、perimeter_km 和 cells；按重要性排序时还有 dpc、diic 和 importance_rank。</translation>
        </message>
        <message>
            <location filename="../algorithms/select_sources.py" line="119" />
            <source>Source ids (raster)</source>
            <translation>源地编号（栅格）</translation>
        </message>
        <message>
            <extracomment>mcr:selectsources</extracomment>
            <source>Source-id raster (Int32): 1, 2, … on source cells, 0 elsewhere, −1 on NoData; input for MCR surface.</source>
            <translation>源地编号栅格（Int32）：源地像元为 1、2、…，其他为 0，无数据处为 −1；作为最小累积阻力面的输入。</translation>
        </message>
        <message>
            <extracomment>mcr:selectsources</extracomment>
            <source>Select ecological sources</source>
            <translation>识别生态源地</translation>
        </message>
        <message>
            <extracomment>mcr:selectsources</extracomment>
            <source>Selects habitat patches of at least a minimum area as ecological sources.</source>
            <translation>将面积不小于最小面积的生境斑块识别为生态源地。</translation>
        </message>
        <message>
            <extracomment>mcr:selectsources</extracomment>
            <source>&lt;p&gt;Stage 2 of the MCR method (Li et al. 2020, §2.2.2 and §4.1): the paper takes "areas with dense vegetation and of more than 10 km²" as ecological sources. Cells of the habitat classes (default: the habitat classes of the class-table preset — the paper's vegetation, code 1, or a product's forest classes) are joined into patches — cells touching by an edge or a corner by default (8 neighbours), or by an edge only — and every patch of at least the minimum area becomes a source. A patch of exactly the minimum area is kept.&lt;/p&gt;</source>
            <translation>&lt;p&gt;MCR 方法的第 2 步（Li et al. 2020，第 2.2.2 节和第 4.1 节）：原文将“植被密集且面积大于 10 km² 的区域”作为生态源地。生境类的像元（默认：分类表预设中的生境类——原文为植被，代码 1，或某产品的森林类）被合并成斑块——默认边或角点相接的像元（8 邻域）相连，也可仅边相接——面积不小于最小面积的每个斑块都成为源地。面积恰好等于最小面积的斑块也保留。&lt;/p&gt;</translation>
        </message>
        <message>
            <extracomment>mcr:selectsources</extracomment>
            <source>&lt;p&gt;Areas come from the true cell size of a projected CRS (any linear unit, converted to metres); a raster in a geographic CRS is refused with a message on how to reproject it.&lt;/p&gt;</source>
            <translation>&lt;p&gt;面积由投影坐标参考系下的真实像元大小计算（任意线性单位，换算为米）；地理坐标参考系下的栅格会被拒绝，并提示如何重投影。&lt;/p&gt;</translation>
        </message>
        <message>
            <extracomment>mcr:selectsources</extracomment>
            <source>&lt;p&gt;Optional refinements (advanced), as users of MSPA-style source selection expect: an &lt;b&gt;opening&lt;/b&gt; with a disk of the given radius (m) removes habitat narrower than the disk before patches are measured, which cuts thin links between two patches (and thin appendages); &lt;b&gt;hole filling&lt;/b&gt; adds enclosed non-habitat holes smaller than the given area (km²) to the patch around them (holes holding NoData or touching the raster edge are left).&lt;/p&gt;</source>
            <translation>&lt;p&gt;可选的细化处理（高级），即采用 MSPA 式源地选取的用户所熟悉的做法：以给定半径（m）的圆盘做&lt;b&gt;开运算&lt;/b&gt;，在量算斑块前去除比圆盘窄的生境，从而切断两斑块之间的细窄连接（以及细长的附属部分）；&lt;b&gt;孔洞填充&lt;/b&gt;将面积小于给定值（km²）的被包围非生境孔洞并入其周围的斑块（含无数据或接触栅格边缘的孔洞除外）。&lt;/p&gt;</translation>
        </message>
        <message>
            <extracomment>mcr:selectsources</extracomment>
            <source>&lt;p&gt;The log gives the largest source's share of the map. On 10–30 m land cover the paper's rule can make one forest patch of hundreds of km² a single source (a warning says so when one source covers a quarter of the map or more): cut the thin links between forest blocks with an opening (about 100 m on 30 m data), or take the core areas of an MSPA ranked by connectivity importance.&lt;/p&gt;</source>
            <translation>&lt;p&gt;日志会给出最大源地占地图的比例。在 10–30 m 的土地覆被数据上，原文规则可能使一块数百 km² 的森林斑块成为单一源地（当一个源地覆盖地图四分之一或以上时会给出警告）：可用开运算切断森林块之间的细窄连接（30 m 数据约 100 m），或取 MSPA 核心区并按连通性重要性排序。&lt;/p&gt;</translation>
        </message>
        <message>
            <extracomment>mcr:selectsources</extracomment>
            <source>&lt;p&gt;&lt;b&gt;Ranking by connectivity importance&lt;/b&gt; (not the paper's; off by default, so the paper's rule stays the default): the patches of at least the minimum area are ranked by their importance for landscape connectivity, &lt;b&gt;dPC&lt;/b&gt; (Saura &amp;amp; Rubio 2010) or &lt;b&gt;dIIC&lt;/b&gt;, on exact least-cost distances over the resistance surface (as &lt;i&gt;Connectivity importance of habitat patches&lt;/i&gt; computes them, with the patch areas as attributes), and only the &lt;b&gt;N most important&lt;/b&gt; and/or those with an importance of at least the given percentage are kept. This is how most studies after Li et al. (2020) choose sources: run it on an &lt;i&gt;MSPA&lt;/i&gt; class raster with the habitat classes 17, 117 (core) and a minimum core area, and the chain "MSPA core → dPC → sources" runs in one step. The importances are relative to the patches that reach the minimum area. The kept sources keep ids 1, 2, … by descending area and get the fields &lt;code&gt;dpc&lt;/code&gt;, &lt;code&gt;diic&lt;/code&gt; and &lt;code&gt;importance_rank&lt;/code&gt; (1 = most important by the chosen index); the log lists the ranking.&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;按连通性重要性排序&lt;/b&gt;（非原文方法；默认关闭，因此默认仍采用原文规则）：面积不小于最小面积的斑块按其对景观连通性的重要性 &lt;b&gt;dPC&lt;/b&gt;（Saura &amp;amp; Rubio 2010）或 &lt;b&gt;dIIC&lt;/b&gt; 排序，基于阻力面上精确的最小成本距离计算（与&lt;i&gt;生境斑块连通性重要性&lt;/i&gt;的计算相同，以斑块面积为属性），只保留&lt;b&gt;最重要的 N 个&lt;/b&gt;和/或重要性不低于给定百分比的斑块。Li et al. (2020) 之后的多数研究正是这样选取源地：在 &lt;i&gt;MSPA&lt;/i&gt; 类别栅格上运行，生境类取 17、117（核心区）并给出最小核心区面积，即可一步完成“MSPA 核心区 → dPC → 源地”的流程。重要性是相对于达到最小面积的斑块而言的。保留的源地仍按面积从大到小编号为 1、2、…，并增加字段 &lt;code&gt;dpc&lt;/code&gt;、&lt;code&gt;diic&lt;/code&gt; 和 &lt;code&gt;importance_rank&lt;/code&gt;（1 = 按所选指数最重要）；日志会列出排序结果。&lt;/p&gt;</translation>
        </message>
        <message>
            <extracomment>mcr:selectsources</extracomment>
            <source>&lt;p&gt;Land use may be a raster of codes or polygons with a class field (rasterised onto a reference grid or a cell size), as in &lt;i&gt;Land-use resistance&lt;/i&gt;.&lt;/p&gt;</source>
            <translation>&lt;p&gt;土地利用可以是类别代码栅格，或带类别字段的面要素（栅格化到参考格网或按像元大小栅格化），与&lt;i&gt;土地利用阻力&lt;/i&gt;相同。&lt;/p&gt;</translation>
        </message>
        <message>
            <extracomment>mcr:selectsources</extracomment>
            <source>&lt;p&gt;&lt;b&gt;Source ids&lt;/b&gt; are 1, 2, 3, … by descending area; equal areas are ordered by the patch's first cell in reading order (top row first, then left to right). They are stable for the same input and parameters.&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;源地编号&lt;/b&gt;按面积从大到小依次为 1、2、3、…；面积相等时按斑块第一个像元的阅读顺序排列（先上行，再从左到右）。相同输入和参数下编号保持不变。&lt;/p&gt;</translation>
        </message>
        <message>
            <extracomment>mcr:selectsources</extracomment>
            <source>&lt;p&gt;Outputs: source polygons with &lt;code&gt;source_id&lt;/code&gt;, &lt;code&gt;area_km2&lt;/code&gt;, &lt;code&gt;perimeter_km&lt;/code&gt; (length of the cell edges bounding the patch) and &lt;code&gt;cells&lt;/code&gt;; and a source-id raster (Int32, 0 = not a source, −1 = NoData) on the input grid. If no patch reaches the minimum area, the error names the largest patch found.&lt;/p&gt;</source>
            <translation>&lt;p&gt;输出：源地面要素，字段为 &lt;code&gt;source_id&lt;/code&gt;、&lt;code&gt;area_km2&lt;/code&gt;、&lt;code&gt;perimeter_km&lt;/code&gt;（斑块边界像元边的总长）和 &lt;code&gt;cells&lt;/code&gt;；以及输入格网上的源地编号栅格（Int32，0 = 非源地，−1 = 无数据）。若没有斑块达到最小面积，错误信息会给出找到的最大斑块。&lt;/p&gt;</translation>
        </message>
        <message>
            <extracomment>mcr:selectsources</extracomment>
            <source>&lt;p&gt;Own sources: if you already have source polygons (reserves, parks), skip this step and give them to &lt;i&gt;MCR surface&lt;/i&gt; directly; there an optional id field numbers the sources (features with the same id form one source), otherwise the features are numbered 1, 2, … in the layer's order.&lt;/p&gt;</source>
            <translation>&lt;p&gt;自有源地：如果已有源地面要素（保护区、公园），可跳过此步，直接将其输入&lt;i&gt;最小累积阻力面&lt;/i&gt;；在那里可用可选的编号字段为源地编号（编号相同的要素构成同一源地），否则要素按图层顺序编号为 1、2、…。&lt;/p&gt;</translation>
        </message>
        <message>
            <extracomment>mcr:selectsources</extracomment>
            <source>&lt;p&gt;Examples: &lt;code&gt;qgis_process run mcr:selectsources -- INPUT=landuse_2009.tif MIN_AREA=10 OUTPUT=sources.gpkg OUTPUT_RASTER=sources.tif&lt;/code&gt;&lt;br&gt; &lt;code&gt;qgis_process run mcr:selectsources -- INPUT=worldcover.tif PRESET=worldcover MIN_AREA=10 OPENING_RADIUS=30 OUTPUT=sources.gpkg OUTPUT_RASTER=sources.tif&lt;/code&gt;&lt;br&gt; &lt;code&gt;qgis_process run mcr:selectsources -- INPUT=mspa.tif HABITAT_CLASSES=17,117 MIN_AREA=1 SELECT_BY=1 RESISTANCE=resistance.tif TOP_N=8 OUTPUT=sources.gpkg OUTPUT_RASTER=sources.tif&lt;/code&gt;&lt;/p&gt;</source>
            <translation>&lt;p&gt;示例：&lt;code&gt;qgis_process run mcr:selectsources -- INPUT=landuse_2009.tif MIN_AREA=10 OUTPUT=sources.gpkg OUTPUT_RASTER=sources.tif&lt;/code&gt;&lt;br&gt; &lt;code&gt;qgis_process run mcr:selectsources -- INPUT=worldcover.tif PRESET=worldcover MIN_AREA=10 OPENING_RADIUS=30 OUTPUT=sources.gpkg OUTPUT_RASTER=sources.tif&lt;/code&gt;&lt;br&gt; &lt;code&gt;qgis_process run mcr:selectsources -- INPUT=mspa.tif HABITAT_CLASSES=17,117 MIN_AREA=1 SELECT_BY=1 RESISTANCE=resistance.tif TOP_N=8 OUTPUT=sources.gpkg OUTPUT_RASTER=sources.tif&lt;/code&gt;&lt;/p&gt;</translation>
        </message>
        <message>
            <extracomment>mcr:selectsources</extracomment>
            <source>patch</source>
            <translation>斑块</translation>
        </message>
        <message>
            <extracomment>mcr:selectsources</extracomment>
            <source>core area</source>
            <translation>核心区</translation>
        </message>
        <message>
            <extracomment>mcr:selectsources</extracomment>
            <source>minimum area</source>
            <translation>最小面积</translation>
        </message>
        <message>
            <extracomment>mcr:costsurface</extracomment>
            <source>Resistance surface (for example from Weighted overlay) in a projected CRS; values must be &gt; 0, NoData cells are barriers.</source>
            <translation>投影坐标参考系下的阻力面（例如“阻力因子加权叠加”的输出）；值必须 &gt; 0，无数据像元为障碍。</translation>
        </message>
        <message>
            <location filename="../algorithms/search_inputs.py" line="58" />
            <source>Sources as a source-id raster</source>
            <translation>源地编号栅格</translation>
        </message>
        <message>
            <extracomment>mcr:costsurface</extracomment>
            <source>Source-id raster: cells &gt; 0 are sources and their value is the source id (the raster output of Select ecological sources). Leave empty when you give source features.</source>
            <translation>源地编号栅格：值 &gt; 0 的像元为源地，像元值即源地编号（“识别生态源地”的栅格输出）。给出源地要素时请留空。</translation>
        </message>
        <message>
            <location filename="../algorithms/search_inputs.py" line="62" />
            <source>Sources as polygons or points</source>
            <translation>源地面或点要素</translation>
        </message>
        <message>
            <extracomment>mcr:costsurface</extracomment>
            <source>Source polygons or points, for example reserves or parks; reprojected onto the resistance grid. Leave empty when you give a source-id raster.</source>
            <translation>源地面或点要素，例如保护区或公园；重投影到阻力面格网上。给出源地编号栅格时请留空。</translation>
        </message>
        <message>
            <location filename="../algorithms/centrality.py" line="50" />
            <source>Source id field</source>
            <translation>源地编号字段</translation>
        </message>
        <message>
            <extracomment>mcr:costsurface</extracomment>
            <source>Numeric field with the source id (integers &gt; 0; features with the same id form one source). Empty: features are numbered 1, 2, … in the layer's order.</source>
            <translation>存储源地编号的数值字段（整数 &gt; 0；编号相同的要素构成同一源地）。留空：要素按图层顺序编号为 1、2、…。</translation>
        </message>
        <message>
            <location filename="../algorithms/search_inputs.py" line="88" />
            <source>Neighbourhood</source>
            <translation>邻域</translation>
        </message>
        <message>
            <extracomment>mcr:costsurface</extracomment>
            <source>Moves allowed from a cell: 4 (edges), 8 (edges and corners, default) or 16 (also knight's moves, as GRASS r.cost -k; closer to straight-line costs, about twice as slow).</source>
            <translation>从一个像元出发允许的移动方式：4（边相邻）、8（边和角点相邻，默认）或 16（另加马步，同 GRASS r.cost -k；更接近直线成本，速度约慢一倍）。</translation>
        </message>
        <message>
            <location filename="../algorithms/cost_surface.py" line="60" />
            <source>Maximum cost (0 = no limit)</source>
            <translation>最大成本（0 = 不限）</translation>
        </message>
        <message>
            <extracomment>mcr:costsurface</extracomment>
            <source>Cells whose cumulative cost exceeds this value are left NoData and the search stops there. 0 (default) = no limit.</source>
            <translation>累积成本超过此值的像元保留为无数据，搜索在此停止。0（默认）= 不限。</translation>
        </message>
        <message>
            <location filename="../algorithms/cost_surface.py" line="65" />
            <source>Write the MCR surface as Float64</source>
            <translation>以 Float64 写出最小累积阻力面</translation>
        </message>
        <message>
            <extracomment>mcr:costsurface</extracomment>
            <source>Write the MCR surface as Float64 instead of Float32 (the search always runs in double precision).</source>
            <translation>以 Float64 而非 Float32 写出最小累积阻力面（搜索始终以双精度进行）。</translation>
        </message>
        <message>
            <location filename="../algorithms/cost_surface.py" line="69" />
            <source>Tile size of the tiled search (cells; 0 = the whole grid in memory)</source>
            <translation>分块搜索的分块大小（像元；0 = 整个格网载入内存）</translation>
        </message>
        <message>
            <extracomment>mcr:costsurface</extracomment>
            <source>0 (default): the whole grid in memory. A number of cells, e.g. 4096: the exact tiled search, for grids that do not fit in memory or for a Dask cluster; about 100 bytes per tile cell per worker; the MCR surface is bit-identical, allocation and back-direction can differ only at exact ties.</source>
            <translation>0（默认）：整个格网载入内存。给出像元数，例如 4096：采用精确的分块搜索，适用于内存放不下的格网或 Dask 集群；每个工作进程每个分块像元约需 100 字节；最小累积阻力面逐位相同，分配和回溯方向栅格仅在成本完全相等处可能不同。</translation>
        </message>
        <message>
            <location filename="../algorithms/cost_surface.py" line="74" />
            <source>Dask scheduler of the tiled search (empty, threads or tcp://host:port)</source>
            <translation>分块搜索的 Dask 调度器（留空、threads 或 tcp://host:port）</translation>
        </message>
        <message>
            <extracomment>mcr:costsurface</extracomment>
            <source>Only with a tile size. Empty (default): the tiles one after another, no Dask needed. threads: Dask's threads on this machine. tcp://host:8786: the workers of a Dask cluster (python3-distributed; the rasters and the output folder on storage the workers share).</source>
            <translation>仅在给出分块大小时有效。留空（默认）：逐块依次计算，不需要 Dask。threads：本机上的 Dask 线程。tcp://host:8786：Dask 集群的工作进程（需要 python3-distributed；栅格和输出文件夹须位于各工作进程共享的存储上）。</translation>
        </message>
        <message>
            <location filename="../algorithms/cost_surface.py" line="78" />
            <source>MCR surface</source>
            <translation>最小累积阻力面</translation>
        </message>
        <message>
            <extracomment>mcr:costsurface</extracomment>
            <source>MCR surface: minimum cumulative resistance from the nearest source (Float32, NoData −9999).</source>
            <translation>最小累积阻力面：距最近源地的最小累积阻力（Float32，无数据值 −9999）。</translation>
        </message>
        <message>
            <location filename="../algorithms/cost_surface.py" line="81" />
            <source>Allocation (nearest source)</source>
            <translation>分配（最近源地）</translation>
        </message>
        <message>
            <extracomment>mcr:costsurface</extracomment>
            <source>Id of the source each cell's least-cost path comes from (Int32, 0 = unreachable or NoData): the zones whose boundaries are the ridge lines.</source>
            <translation>每个像元的最小成本路径所来自的源地编号（Int32，0 = 不可达或无数据）：各分区的边界即脊线。</translation>
        </message>
        <message>
            <location filename="../algorithms/cost_surface.py" line="86" />
            <source>Back-direction</source>
            <translation>回溯方向</translation>
        </message>
        <message>
            <extracomment>mcr:costsurface</extracomment>
            <source>Neighbour each cell's least-cost path comes from (Byte; codes in the table above; 0 at sources, 255 = NoData).</source>
            <translation>每个像元的最小成本路径来自哪个邻域像元（Byte；代码见上表；源地处为 0，255 = 无数据）。</translation>
        </message>
        <message>
            <extracomment>mcr:costsurface</extracomment>
            <source>MCR surface (cumulative resistance)</source>
            <translation>最小累积阻力面（MCR）</translation>
        </message>
        <message>
            <extracomment>mcr:costsurface</extracomment>
            <source>3 · MCR surface</source>
            <translation>3 · 最小累积阻力面</translation>
        </message>
        <message>
            <extracomment>mcr:costsurface</extracomment>
            <source>Computes the exact MCR surface (cumulative resistance) from all ecological sources at once.</source>
            <translation>一次性从所有生态源地计算精确的最小累积阻力面（累积阻力）。</translation>
        </message>
        <message>
            <extracomment>mcr:costsurface</extracomment>
            <source>&lt;p&gt;Stage 3 of the MCR method (Li et al. 2020, formula (1)): the minimum cumulative resistance of every cell is the least total cost of reaching it from any source. One step from cell a to a neighbour b costs &lt;b&gt;(R&lt;sub&gt;a&lt;/sub&gt; + R&lt;sub&gt;b&lt;/sub&gt;) / 2 × step length&lt;/b&gt; in metres (cell size; × √(dx² + dy²) diagonally) — the convention of ArcGIS Cost Distance, Linkage Mapper and WhiteboxTools, and of GRASS r.cost in cell units. Knight's moves (16 neighbours) follow GRASS &lt;code&gt;r.cost -k&lt;/code&gt;: the mean of the four cells the move touches × its length. NoData cells are impassable barriers; cells no source can reach are NoData. Source cells cost 0.&lt;/p&gt;</source>
            <translation>&lt;p&gt;MCR 方法的第 3 步（Li et al. 2020，公式 (1)）：每个像元的最小累积阻力是从任一源地到达该像元的最小总成本。从像元 a 到相邻像元 b 的一步成本为 &lt;b&gt;(R&lt;sub&gt;a&lt;/sub&gt; + R&lt;sub&gt;b&lt;/sub&gt;) / 2 × 步长&lt;/b&gt;（米；步长为像元大小，斜向为 × √(dx² + dy²)）——这是 ArcGIS 成本距离（Cost Distance）、Linkage Mapper 和 WhiteboxTools 的约定，也是 GRASS r.cost 以像元为单位时的约定。马步（16 邻域）遵循 GRASS &lt;code&gt;r.cost -k&lt;/code&gt;：该步所经四个像元的平均阻力 × 步长。无数据像元是不可通行的障碍；任何源地都无法到达的像元为无数据。源地像元成本为 0。&lt;/p&gt;</translation>
        </message>
        <message>
            <extracomment>mcr:costsurface</extracomment>
            <source>&lt;p&gt;The result is the exact shortest-path cost on the grid graph (a bucketed Dijkstra search), not an approximation; it is tested cell by cell against a plain Dijkstra and against the example printed in the GRASS r.cost manual.&lt;/p&gt;</source>
            <translation>&lt;p&gt;结果是格网图上精确的最短路径成本（分桶 Dijkstra 搜索），而非近似值；已逐像元与普通 Dijkstra 算法以及 GRASS r.cost 手册中的示例进行了对比测试。&lt;/p&gt;</translation>
        </message>
        <message>
            <extracomment>mcr:costsurface</extracomment>
            <source>&lt;p&gt;&lt;b&gt;Sources&lt;/b&gt;: the source-id raster of &lt;i&gt;Select ecological sources&lt;/i&gt; (cells &amp;gt; 0 are sources, their value is the id), &lt;b&gt;or&lt;/b&gt; your own polygons or points (reserves, parks), reprojected to the resistance grid's CRS. With an id field, features with the same id form one source; without it, the features are numbered 1, 2, … in the layer's order. A polygon that covers no cell centre (smaller than a cell) still gets the cell holding its point on surface. Source cells on NoData are ignored with a warning.&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;源地&lt;/b&gt;：&lt;i&gt;识别生态源地&lt;/i&gt;输出的源地编号栅格（值 &amp;gt; 0 的像元为源地，像元值即编号），&lt;b&gt;或&lt;/b&gt;您自己的面或点要素（保护区、公园），重投影到阻力面格网的坐标参考系。有编号字段时，编号相同的要素构成同一源地；没有时，要素按图层顺序编号为 1、2、…。不覆盖任何像元中心的面（小于一个像元）仍会得到其内部点所在的像元。位于无数据上的源地像元会被忽略并给出警告。&lt;/p&gt;</translation>
        </message>
        <message>
            <extracomment>mcr:costsurface</extracomment>
            <source>&lt;p&gt;&lt;b&gt;Outputs&lt;/b&gt;: the MCR surface (Float32, or Float64 by option; NoData −9999), the allocation (Int32: id of the source whose least-cost path reaches the cell; 0 = unreachable/NoData; ties go to the source found first, deterministically), and the back-direction (Byte, NoData 255): the neighbour the least-cost path comes from —&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;输出&lt;/b&gt;：最小累积阻力面（Float32，或按选项为 Float64；无数据值 −9999）、分配栅格（Int32：最小成本路径到达该像元的源地编号；0 = 不可达/无数据；成本相同时归属先找到的源地，结果确定）以及回溯方向栅格（Byte，无数据值 255）：最小成本路径来自的邻域像元——&lt;/p&gt;</translation>
        </message>
        <message>
            <extracomment>mcr:costsurface</extracomment>
            <source>&lt;table border="1" cellpadding="2"&gt; &lt;tr&gt;&lt;td&gt;0&lt;/td&gt;&lt;td&gt;source cell&lt;/td&gt;&lt;td&gt;5&lt;/td&gt;&lt;td&gt;S&lt;/td&gt;&lt;td&gt;9&lt;/td&gt;&lt;td&gt;NNE (−2 rows, +1 col)&lt;/td&gt;&lt;td&gt;13&lt;/td&gt;&lt;td&gt;SSW (+2, −1)&lt;/td&gt;&lt;/tr&gt; &lt;tr&gt;&lt;td&gt;1&lt;/td&gt;&lt;td&gt;N&lt;/td&gt;&lt;td&gt;6&lt;/td&gt;&lt;td&gt;SW&lt;/td&gt;&lt;td&gt;10&lt;/td&gt;&lt;td&gt;ENE (−1, +2)&lt;/td&gt;&lt;td&gt;14&lt;/td&gt;&lt;td&gt;WSW (+1, −2)&lt;/td&gt;&lt;/tr&gt; &lt;tr&gt;&lt;td&gt;2&lt;/td&gt;&lt;td&gt;NE&lt;/td&gt;&lt;td&gt;7&lt;/td&gt;&lt;td&gt;W&lt;/td&gt;&lt;td&gt;11&lt;/td&gt;&lt;td&gt;ESE (+1, +2)&lt;/td&gt;&lt;td&gt;15&lt;/td&gt;&lt;td&gt;WNW (−1, −2)&lt;/td&gt;&lt;/tr&gt; &lt;tr&gt;&lt;td&gt;3&lt;/td&gt;&lt;td&gt;E&lt;/td&gt;&lt;td&gt;8&lt;/td&gt;&lt;td&gt;NW&lt;/td&gt;&lt;td&gt;12&lt;/td&gt;&lt;td&gt;SSE (+2, +1)&lt;/td&gt;&lt;td&gt;16&lt;/td&gt;&lt;td&gt;NNW (−2, −1)&lt;/td&gt;&lt;/tr&gt; &lt;tr&gt;&lt;td&gt;4&lt;/td&gt;&lt;td&gt;SE&lt;/td&gt;&lt;td&gt;&lt;/td&gt;&lt;td&gt;&lt;/td&gt;&lt;td&gt;&lt;/td&gt;&lt;td&gt;&lt;/td&gt;&lt;td&gt;&lt;/td&gt;&lt;td&gt;&lt;/td&gt;&lt;/tr&gt; &lt;/table&gt;</source>
            <translation>&lt;table border="1" cellpadding="2"&gt; &lt;tr&gt;&lt;td&gt;0&lt;/td&gt;&lt;td&gt;源地像元&lt;/td&gt;&lt;td&gt;5&lt;/td&gt;&lt;td&gt;S&lt;/td&gt;&lt;td&gt;9&lt;/td&gt;&lt;td&gt;NNE（−2 行，+1 列）&lt;/td&gt;&lt;td&gt;13&lt;/td&gt;&lt;td&gt;SSW（+2, −1）&lt;/td&gt;&lt;/tr&gt; &lt;tr&gt;&lt;td&gt;1&lt;/td&gt;&lt;td&gt;N&lt;/td&gt;&lt;td&gt;6&lt;/td&gt;&lt;td&gt;SW&lt;/td&gt;&lt;td&gt;10&lt;/td&gt;&lt;td&gt;ENE（−1, +2）&lt;/td&gt;&lt;td&gt;14&lt;/td&gt;&lt;td&gt;WSW（+1, −2）&lt;/td&gt;&lt;/tr&gt; &lt;tr&gt;&lt;td&gt;2&lt;/td&gt;&lt;td&gt;NE&lt;/td&gt;&lt;td&gt;7&lt;/td&gt;&lt;td&gt;W&lt;/td&gt;&lt;td&gt;11&lt;/td&gt;&lt;td&gt;ESE（+1, +2）&lt;/td&gt;&lt;td&gt;15&lt;/td&gt;&lt;td&gt;WNW（−1, −2）&lt;/td&gt;&lt;/tr&gt; &lt;tr&gt;&lt;td&gt;3&lt;/td&gt;&lt;td&gt;E&lt;/td&gt;&lt;td&gt;8&lt;/td&gt;&lt;td&gt;NW&lt;/td&gt;&lt;td&gt;12&lt;/td&gt;&lt;td&gt;SSE（+2, +1）&lt;/td&gt;&lt;td&gt;16&lt;/td&gt;&lt;td&gt;NNW（−2, −1）&lt;/td&gt;&lt;/tr&gt; &lt;tr&gt;&lt;td&gt;4&lt;/td&gt;&lt;td&gt;SE&lt;/td&gt;&lt;td&gt;&lt;/td&gt;&lt;td&gt;&lt;/td&gt;&lt;td&gt;&lt;/td&gt;&lt;td&gt;&lt;/td&gt;&lt;td&gt;&lt;/td&gt;&lt;td&gt;&lt;/td&gt;&lt;/tr&gt; &lt;/table&gt;</translation>
        </message>
        <message>
            <extracomment>mcr:costsurface</extracomment>
            <source>&lt;p&gt;Following the back-direction from any cell leads down the MCR surface to its source; the corridor and radiation-channel tools use it.&lt;/p&gt;</source>
            <translation>&lt;p&gt;从任一像元沿回溯方向前进，即可沿最小累积阻力面下降到其源地；生态廊道和辐射道工具都要用到它。&lt;/p&gt;</translation>
        </message>
        <message>
            <extracomment>mcr:costsurface</extracomment>
            <source>&lt;p&gt;&lt;b&gt;Speed and memory&lt;/b&gt;: about 21 bytes per cell during the search plus the input and output arrays (about 40 bytes per cell in all); a 4000 × 4000 raster takes a few seconds and well under 1 GB, faster than GRASS r.cost, WhiteboxTools and scikit-image on the same machine (see the README's benchmark). A landscape that lets the cost waves advance only through long one-cell-wide passages (a maze) is slower, as the search then takes many small steps. The resistance must be in a projected CRS: costs are resistance × metres.&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;速度与内存&lt;/b&gt;：搜索期间每像元约 21 字节，另加输入和输出数组（合计每像元约 40 字节）；4000 × 4000 的栅格只需几秒，内存远低于 1 GB，在同一台机器上比 GRASS r.cost、WhiteboxTools 和 scikit-image 更快（见 README 中的基准测试）。如果地表只允许成本波经由细长的单像元宽通道推进（迷宫），速度会较慢，因为此时搜索要走很多小步。阻力面必须采用投影坐标参考系：成本 = 阻力 × 米。&lt;/p&gt;</translation>
        </message>
        <message>
            <extracomment>mcr:costsurface</extracomment>
            <source>&lt;p&gt;&lt;b&gt;Grids that do not fit in memory: the tiled search&lt;/b&gt; (advanced). With a &lt;b&gt;tile size&lt;/b&gt; of, say, 4096 the grid is cut into tiles of 4096 × 4096 cells; each tile is solved with the same search on the tile and a one-cell edge (two cells for 16 neighbours), started from its sources and from the costs its neighbours found along their shared edges, and tiles are solved again in rounds until no cost changes across a tile edge. The rasters are read a tile at a time, each tile's result goes to files of its own in a hidden folder beside the outputs (removed at the end, also on an error or a cancel), and the three outputs are written from them at the end: memory holds one tile per worker, about 100 bytes per cell (1.7 GB for a 4096 tile), not the whole grid. The MCR surface is &lt;b&gt;bit-identical&lt;/b&gt; to the in-memory search, unreachable cells included; the allocation and back-direction can differ only at exact ties (a cell whose two cheapest paths cost exactly the same, common with integer resistances): both results are valid least-cost paths, and corridors and channels accept them. On one machine it is several times slower than the in-memory search (tiles are solved about four times each); use it when the grid does not fit in memory, or to spread the tiles over a Dask cluster. Sources given as polygons or points are rasterised into a temporary GeoTIFF there too. Progress advances by tiles and rounds; the log gives the rounds, tile solves and data exchanged.&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;内存放不下的格网：分块搜索&lt;/b&gt;（高级）。若&lt;b&gt;分块大小&lt;/b&gt;设为例如 4096，格网被切分为 4096 × 4096 像元的分块；每个分块以相同的搜索方法在分块及其一个像元宽的边缘（16 邻域时为两个像元）上求解，起点为分块内的源地以及相邻分块沿公共边求得的成本；各分块按轮次反复求解，直到分块边缘上的成本不再变化。栅格每次读取一个分块，每个分块的结果写入输出旁隐藏文件夹中各自的文件（运行结束时删除，出错或取消时也会删除），最后由这些文件写出三个输出：内存中每个工作进程只保存一个分块，每像元约 100 字节（4096 的分块约 1.7 GB），而不是整个格网。最小累积阻力面与内存中搜索的结果&lt;b&gt;逐位相同&lt;/b&gt;，包括不可达像元；分配和回溯方向栅格仅在成本完全相等处可能不同（即两条最低成本路径成本完全相同的像元，在阻力为整数时很常见）：两种结果都是有效的最小成本路径，生态廊道和辐射道工具都能接受。在单台机器上，它比内存中搜索慢数倍（每个分块约求解四次）；请在格网放不下内存时使用，或用它把分块分配到 Dask 集群上计算。以面或点要素给出的源地同样会先栅格化为临时 GeoTIFF。进度按分块和轮次推进；日志给出轮数、分块求解次数和交换的数据量。&lt;/p&gt;</translation>
        </message>
        <message>
            <extracomment>mcr:costsurface</extracomment>
            <source>&lt;p&gt;&lt;b&gt;Dask scheduler&lt;/b&gt; (only with a tile size): empty = the tiles one after another in this process (no Dask needed; the least memory); &lt;code&gt;threads&lt;/code&gt; = Dask's threads on this machine (python3-dask; one tile in memory per core, and little faster, as the search holds Python's lock); or the address of a Dask scheduler, &lt;code&gt;tcp://host:8786&lt;/code&gt; (python3-distributed): the tiles are solved by the cluster's workers, which need numpy, scipy, GDAL and this plugin's folder on their Python path (no QGIS), and must read the rasters and write beside the outputs at the same paths (shared storage). Start the cluster with &lt;code&gt;dask scheduler&lt;/code&gt; and, on each machine, &lt;code&gt;dask worker tcp://host:8786 --nthreads 1&lt;/code&gt;. Dask's &lt;code&gt;processes&lt;/code&gt; scheduler is refused: it would start copies of QGIS.&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;Dask 调度器&lt;/b&gt;（仅在给出分块大小时有效）：留空 = 在本进程中逐块依次计算（不需要 Dask；内存占用最少）；&lt;code&gt;threads&lt;/code&gt; = 本机上的 Dask 线程（需要 python3-dask；每个核心在内存中保存一个分块，由于搜索持有 Python 的全局锁，提速有限）；或 Dask 调度器的地址 &lt;code&gt;tcp://host:8786&lt;/code&gt;（需要 python3-distributed）：分块由集群的工作进程求解，这些工作进程的 Python 路径中需要有 numpy、scipy、GDAL 和本插件的文件夹（不需要 QGIS），并且必须能以相同路径读取栅格、在输出旁写入文件（共享存储）。用 &lt;code&gt;dask scheduler&lt;/code&gt; 启动集群，并在每台机器上运行 &lt;code&gt;dask worker tcp://host:8786 --nthreads 1&lt;/code&gt;。不接受 Dask 的 &lt;code&gt;processes&lt;/code&gt; 调度器：它会启动 QGIS 的副本。&lt;/p&gt;</translation>
        </message>
        <message>
            <extracomment>mcr:costsurface</extracomment>
            <source>&lt;p&gt;Example: &lt;code&gt;qgis_process run mcr:costsurface -- RESISTANCE=resistance.tif SOURCES_RASTER=sources.tif OUTPUT=mcr.tif ALLOCATION=allocation.tif BACK_DIRECTION=backdir.tif&lt;/code&gt;&lt;/p&gt;</source>
            <translation>&lt;p&gt;示例：&lt;code&gt;qgis_process run mcr:costsurface -- RESISTANCE=resistance.tif SOURCES_RASTER=sources.tif OUTPUT=mcr.tif ALLOCATION=allocation.tif BACK_DIRECTION=backdir.tif&lt;/code&gt;&lt;/p&gt;</translation>
        </message>
        <message>
            <extracomment>mcr:costsurface</extracomment>
            <source>&lt;p&gt;Tiled, on a Dask cluster: &lt;code&gt;qgis_process run mcr:costsurface -- RESISTANCE=/shared/resistance.tif SOURCES_RASTER=/shared/sources.tif TILE_SIZE=4096 DASK_SCHEDULER=tcp://10.0.0.5:8786 OUTPUT=/shared/mcr.tif ALLOCATION=/shared/allocation.tif BACK_DIRECTION=/shared/backdir.tif&lt;/code&gt;&lt;/p&gt;</source>
            <translation>&lt;p&gt;在 Dask 集群上分块计算：&lt;code&gt;qgis_process run mcr:costsurface -- RESISTANCE=/shared/resistance.tif SOURCES_RASTER=/shared/sources.tif TILE_SIZE=4096 DASK_SCHEDULER=tcp://10.0.0.5:8786 OUTPUT=/shared/mcr.tif ALLOCATION=/shared/allocation.tif BACK_DIRECTION=/shared/backdir.tif&lt;/code&gt;&lt;/p&gt;</translation>
        </message>
        <message>
            <extracomment>mcr:costsurface</extracomment>
            <source>minimum cumulative resistance</source>
            <translation>最小累积阻力</translation>
        </message>
        <message>
            <extracomment>mcr:costsurface</extracomment>
            <source>cost distance</source>
            <translation>成本距离</translation>
        </message>
        <message>
            <extracomment>mcr:costsurface</extracomment>
            <source>accumulated cost</source>
            <translation>累积成本</translation>
        </message>
        <message>
            <extracomment>mcr:costsurface</extracomment>
            <source>least cost</source>
            <translation>最小成本</translation>
        </message>
        <message>
            <location filename="../algorithms/search_inputs.py" line="196" />
            <source>allocation</source>
            <translation>分配</translation>
        </message>
        <message>
            <extracomment>mcr:costsurface</extracomment>
            <source>back direction</source>
            <translation>回溯方向</translation>
        </message>
        <message>
            <extracomment>mcr:costsurface</extracomment>
            <source>r.cost</source>
            <translation>r.cost</translation>
        </message>
        <message>
            <extracomment>mcr:costsurface</extracomment>
            <source>Dijkstra</source>
            <translation>Dijkstra</translation>
        </message>
        <message>
            <extracomment>mcr:corridors</extracomment>
            <source>Resistance surface (for example from Weighted overlay) in a projected CRS; values &gt; 0, NoData cells are barriers. Always needed: step costs are read from it.</source>
            <translation>投影坐标参考系下的阻力面（例如“阻力因子加权叠加”的输出）；值 &gt; 0，无数据像元为障碍。始终需要：步长成本从中读取。</translation>
        </message>
        <message>
            <extracomment>mcr:corridors</extracomment>
            <source>Source-id raster (cells &gt; 0 are sources, the value is the id), for example the raster output of Select ecological sources. Give this, or source features, or the three outputs of an MCR surface run.</source>
            <translation>源地编号栅格（值 &gt; 0 的像元为源地，像元值即编号），例如“识别生态源地”的栅格输出。请给出此项、源地要素或一次最小累积阻力面运行的三个输出之一。</translation>
        </message>
        <message>
            <extracomment>mcr:corridors</extracomment>
            <source>Source polygons or points (reserves, parks), reprojected onto the resistance grid. Give these, or a source-id raster, or the three outputs of an MCR surface run.</source>
            <translation>源地面或点要素（保护区、公园），重投影到阻力面格网上。请给出此项、源地编号栅格或一次最小累积阻力面运行的三个输出之一。</translation>
        </message>
        <message>
            <extracomment>mcr:corridors</extracomment>
            <source>Numeric field with the source id of each feature (integers &gt; 0; features with the same id form one source). Empty: features are numbered 1, 2, … in the layer's order.</source>
            <translation>存储每个要素源地编号的数值字段（整数 &gt; 0；编号相同的要素构成同一源地）。留空：要素按图层顺序编号为 1、2、…。</translation>
        </message>
        <message>
            <location filename="../algorithms/search_inputs.py" line="77" />
            <source>MCR surface to reuse (of an earlier MCR surface run)</source>
            <translation>复用的最小累积阻力面（来自先前的一次最小累积阻力面运行）</translation>
        </message>
        <message>
            <location filename="../algorithms/search_inputs.py" line="78" />
            <source>Allocation to reuse (of the same run)</source>
            <translation>复用的分配栅格（来自同一次运行）</translation>
        </message>
        <message>
            <location filename="../algorithms/search_inputs.py" line="79" />
            <source>Back-direction to reuse (of the same run)</source>
            <translation>复用的回溯方向栅格（来自同一次运行）</translation>
        </message>
        <message>
            <extracomment>mcr:corridors</extracomment>
            <source>MCR surface output of an MCR surface run on the same resistance; with the allocation and back-direction it saves running the search again.</source>
            <translation>在同一阻力面上运行“最小累积阻力面”得到的最小累积阻力面输出；与分配和回溯方向栅格一起使用，可免于再次搜索。</translation>
        </message>
        <message>
            <extracomment>mcr:corridors</extracomment>
            <source>Allocation output of the same MCR surface run.</source>
            <translation>同一次最小累积阻力面运行的分配输出。</translation>
        </message>
        <message>
            <extracomment>mcr:corridors</extracomment>
            <source>Back-direction output of the same MCR surface run.</source>
            <translation>同一次最小累积阻力面运行的回溯方向输出。</translation>
        </message>
        <message>
            <extracomment>mcr:corridors</extracomment>
            <source>Moves allowed from a cell: 4, 8 (default) or 16 (knight's moves). Must match the MCR surface run when its outputs are reused.</source>
            <translation>从一个像元出发允许的移动方式：4、8（默认）或 16（马步）。复用最小累积阻力面运行的输出时，必须与该次运行一致。</translation>
        </message>
        <message>
            <location filename="../algorithms/corridors.py" line="119" />
            <source>Which corridors to draw</source>
            <translation>绘制哪些廊道</translation>
        </message>
        <message>
            <location filename="../algorithms/corridors.py" line="120" />
            <source>one per significant saddle of each ridge (as the paper counts them)</source>
            <translation>每条脊线的每个显著鞍部一条（按原文的计数方式）</translation>
        </message>
        <message>
            <location filename="../algorithms/corridors.py" line="121" />
            <source>one per pair of sources: its cheapest saddle</source>
            <translation>每对源地一条：成本最低的鞍部</translation>
        </message>
        <message>
            <location filename="../algorithms/corridors.py" line="122" />
            <source>one per pair of sources: its exact least-cost path (pairwise searches)</source>
            <translation>每对源地一条：精确的最小成本路径（逐对搜索）</translation>
        </message>
        <message>
            <extracomment>mcr:corridors</extracomment>
            <source>How many corridors a pair of adjacent sources gets: one per significant saddle of their ridge (default; the paper's counting), one (the cheapest saddle), or one along the exact least-cost path from one search per source.</source>
            <translation>一对相邻源地得到多少条廊道：其脊线上每个显著鞍部一条（默认；原文的计数方式）；一条（成本最低的鞍部）；或一条，沿每个源地一次搜索得到的精确最小成本路径。</translation>
        </message>
        <message>
            <extracomment>mcr:corridors</extracomment>
            <source>Saddle persistence at least (% of its cost)</source>
            <translation>鞍部持续度不低于（其成本的 %）</translation>
        </message>
        <message>
            <extracomment>mcr:corridors</extracomment>
            <source>A saddle other than the pair's cheapest counts when the link cost along the ridge rises by at least this share of its own cost before a cheaper saddle is reached. Default 10 %.</source>
            <translation>对于该源地对中成本最低鞍部以外的鞍部：若沿脊线到达更低的鞍部之前，连接成本的升高不低于其自身成本的这一比例，则计入。默认 10 %。</translation>
        </message>
        <message>
            <extracomment>mcr:corridors</extracomment>
            <source>Saddle cost at most (× the pair's cheapest)</source>
            <translation>鞍部成本不高于（该源地对最低成本的倍数）</translation>
        </message>
        <message>
            <extracomment>mcr:corridors</extracomment>
            <source>A saddle other than the pair's cheapest counts when its cost is at most this many times the cheapest. Default 1.25.</source>
            <translation>对于该源地对中成本最低鞍部以外的鞍部：若其成本不超过最低成本的这一倍数，则计入。默认 1.25。</translation>
        </message>
        <message>
            <extracomment>mcr:corridors</extracomment>
            <source>Saddle corridors at least this far apart (m)</source>
            <translation>鞍部廊道之间的最小间距（m）</translation>
        </message>
        <message>
            <extracomment>mcr:corridors</extracomment>
            <source>A saddle other than the pair's cheapest counts when its path runs, somewhere, at least this far (m) from each of the pair's cheaper corridors. Default 1000 m.</source>
            <translation>对于该源地对中成本最低鞍部以外的鞍部：若其路径在某处与该源地对中每条成本更低的廊道的距离都不小于此值（m），则计入。默认 1000 m。</translation>
        </message>
        <message>
            <extracomment>mcr:corridors</extracomment>
            <source>Leave out corridors longer than this × the least-cost distance (0 = keep all)</source>
            <translation>舍去长于最小成本距离此倍数的廊道（0 = 全部保留）</translation>
        </message>
        <message>
            <extracomment>mcr:corridors</extracomment>
            <source>Leave out corridors whose cost-weighted distance exceeds this many times the pair's least-cost distance. 0 (default) = keep all (detours are still flagged in the detour field).</source>
            <translation>舍去成本加权距离超过该源地对最小成本距离此倍数的廊道。0（默认）= 全部保留（绕行的廊道仍会在 detour 字段中标出）。</translation>
        </message>
        <message>
            <location filename="../algorithms/corridors.py" line="141" />
            <source>Land use for vulnerable stretches (class codes)</source>
            <translation>用于识别脆弱段的土地利用（类别代码）</translation>
        </message>
        <message>
            <extracomment>mcr:corridors</extracomment>
            <source>Land-use raster of class codes (aligned onto the resistance grid by nearest neighbour) whose classes mark vulnerable stretches. Give this, or a raster and a threshold, to get vulnerable stretches. Land-use polygons: rasterise them with the class-code output of Land-use resistance.</source>
            <translation>类别代码形式的土地利用栅格（用最邻近法对齐到阻力面格网），其类别用于标识脆弱段。需要脆弱段时，请给出此项，或给出一个栅格及阈值。土地利用面要素：请先用“土地利用阻力”的类别代码输出将其栅格化。</translation>
        </message>
        <message>
            <location filename="../algorithms/corridors.py" line="144" />
            <source>Class table preset of the land use</source>
            <translation>土地利用的分类表预设</translation>
        </message>
        <message>
            <extracomment>mcr:corridors</extracomment>
            <source>Class-table preset of the land use (see Land-use resistance): its barrier and farmland classes are the defaults below. In qgis_process: PRESET=clcd.</source>
            <translation>土地利用的分类表预设（见“土地利用阻力”）：其障碍类和耕地类作为下方参数的默认值。在 qgis_process 中：PRESET=clcd。</translation>
        </message>
        <message>
            <location filename="../algorithms/corridors.py" line="151" />
            <source>Land-use classes that make a corridor vulnerable (default: the preset's)</source>
            <translation>使廊道脆弱的土地利用类别（默认：预设中的类别）</translation>
        </message>
        <message>
            <extracomment>mcr:corridors</extracomment>
            <source>Land-use codes whose crossing makes a corridor vulnerable (kind barrier), separated by commas. Empty (default): the preset's barrier classes (the paper: 6, 7, 8, 9 — road, building, sedimentation tank, tailings).</source>
            <translation>廊道穿越时使其脆弱的土地利用代码（类型为障碍），以逗号分隔。留空（默认）：预设中的障碍类（原文：6、7、8、9——道路、建筑用地、沉淀池、尾矿）。</translation>
        </message>
        <message>
            <location filename="../algorithms/corridors.py" line="157" />
            <source>Land-use classes of farmland crossings (default: the preset's)</source>
            <translation>穿越耕地的土地利用类别（默认：预设中的类别）</translation>
        </message>
        <message>
            <extracomment>mcr:corridors</extracomment>
            <source>Land-use codes whose crossing is a farmland crossing (kind farmland crossing). Empty (default): the preset's farmland classes (the paper: 4, 5 — orchard and farmland).</source>
            <translation>廊道穿越时视为穿越耕地的土地利用代码（类型为穿越耕地）。留空（默认）：预设中的耕地类（原文：4、5——果园和耕地）。</translation>
        </message>
        <message>
            <location filename="../algorithms/corridors.py" line="162" />
            <source>Or: a raster whose high values mark vulnerable stretches</source>
            <translation>或：以高值标识脆弱段的栅格</translation>
        </message>
        <message>
            <extracomment>mcr:corridors</extracomment>
            <source>Instead of the land use: any raster (aligned by nearest neighbour) whose values at or above the threshold mark barrier crossings, e.g. the land-use resistance.</source>
            <translation>代替土地利用：任一栅格（用最邻近法对齐），其值不低于阈值处标识穿越障碍，例如土地利用阻力。</translation>
        </message>
        <message>
            <location filename="../algorithms/corridors.py" line="166" />
            <source>Vulnerable where that raster is at least</source>
            <translation>该栅格值不低于此值处视为脆弱</translation>
        </message>
        <message>
            <extracomment>mcr:corridors</extracomment>
            <source>With that raster: a corridor cell is vulnerable when the raster's value is at least this. Default 6 (the paper's road, building, tank and tailings resistances 6–10).</source>
            <translation>使用该栅格时：廊道像元处栅格值不低于此值即视为脆弱。默认 6（原文中道路、建筑用地、沉淀池和尾矿的阻力值为 6–10）。</translation>
        </message>
        <message>
            <location filename="../algorithms/corridors.py" line="171" />
            <source>Maximum cost-weighted distance of a corridor (0 = no limit)</source>
            <translation>廊道的最大成本加权距离（0 = 不限）</translation>
        </message>
        <message>
            <extracomment>mcr:corridors</extracomment>
            <source>Corridors whose cost-weighted distance exceeds this are left out. 0 (default) = no limit.</source>
            <translation>舍去成本加权距离超过此值的廊道。0（默认）= 不限。</translation>
        </message>
        <message>
            <location filename="../algorithms/corridors.py" line="176" />
            <source>Keep each source's N cheapest corridors (0 = all)</source>
            <translation>每个源地保留成本最低的 N 条廊道（0 = 全部）</translation>
        </message>
        <message>
            <extracomment>mcr:corridors</extracomment>
            <source>Keep a corridor only if it is among the N cheapest corridors of one of its two sources. 0 (default) = keep all.</source>
            <translation>仅当廊道属于其两个源地之一成本最低的 N 条廊道时才保留。0（默认）= 全部保留。</translation>
        </message>
        <message>
            <location filename="../algorithms/corridors.py" line="181" />
            <source>Corridor width cut-off (cost units; 0 = no cut-off)</source>
            <translation>廊道宽度截断值（成本单位；0 = 不截断）</translation>
        </message>
        <message>
            <extracomment>mcr:corridors</extracomment>
            <source>Cells whose corridor width D_a + D_b − LCD exceeds this (cost units) are NoData in the width raster. 0 (default) = no cut-off.</source>
            <translation>廊道宽度 D_a + D_b − LCD 超过此值（成本单位）的像元在宽度栅格中为无数据。0（默认）= 不截断。</translation>
        </message>
        <message>
            <location filename="../algorithms/corridors.py" line="186" />
            <source>Important corridors: gravity above (0 = every corridor)</source>
            <translation>重要廊道：相互作用力高于（0 = 所有廊道）</translation>
        </message>
        <message>
            <extracomment>mcr:corridors</extracomment>
            <source>Corridors whose gravity G (Kong et al. 2010) is above this get important = 1, the others 0. 0 (default) = every corridor is important.</source>
            <translation>相互作用力 G（Kong et al. 2010）高于此值的廊道 important = 1，其余为 0。0（默认）= 所有廊道都是重要廊道。</translation>
        </message>
        <message>
            <location filename="../algorithms/corridors.py" line="192" />
            <source>Ecological corridors</source>
            <translation>生态廊道</translation>
        </message>
        <message>
            <extracomment>mcr:corridors</extracomment>
            <source>Corridor lines with corridor_id, from_source, to_source, saddle_rank, cwd, lcd, detour, via_source, persistence, length_m, euclid_m, cwd_per_m, cwd_per_euclid, gravity, gravity_rank, important.</source>
            <translation>廊道线，字段为 corridor_id、from_source、to_source、saddle_rank、cwd、lcd、detour、via_source、persistence、length_m、euclid_m、cwd_per_m、cwd_per_euclid、gravity、gravity_rank、important。</translation>
        </message>
        <message>
            <extracomment>mcr:corridors</extracomment>
            <source>Ecological nodes</source>
            <translation>生态节点</translation>
        </message>
        <message>
            <extracomment>mcr:corridors</extracomment>
            <source>Ecological nodes (points) with node_id, corridor_id, from_source, to_source, saddle_rank and mcr.</source>
            <translation>生态节点（点），字段为 node_id、corridor_id、from_source、to_source、saddle_rank 和 mcr。</translation>
        </message>
        <message>
            <extracomment>mcr:corridors</extracomment>
            <source>Ridge lines</source>
            <translation>脊线</translation>
        </message>
        <message>
            <extracomment>mcr:corridors</extracomment>
            <source>Ridge lines (boundaries between the zones of two sources) with ridge_id, source_a, source_b, length_m.</source>
            <translation>脊线（两个源地分区之间的边界），字段为 ridge_id、source_a、source_b、length_m。</translation>
        </message>
        <message>
            <extracomment>mcr:corridors</extracomment>
            <source>Vulnerable corridor stretches</source>
            <translation>廊道脆弱段</translation>
        </message>
        <message>
            <extracomment>mcr:corridors</extracomment>
            <source>Vulnerable corridor stretches with segment_id, corridor_id, from_source, to_source, kind, class_code, length_m, max_resistance, mean_resistance and cells. Written only when the land use (or a raster and threshold) is given.</source>
            <translation>廊道脆弱段，字段为 segment_id、corridor_id、from_source、to_source、kind、class_code、length_m、max_resistance、mean_resistance 和 cells。仅在给出土地利用（或栅格及阈值）时写出。</translation>
        </message>
        <message>
            <location filename="../algorithms/corridors.py" line="203" />
            <source>Corridor width</source>
            <translation>廊道宽度</translation>
        </message>
        <message>
            <extracomment>mcr:corridors</extracomment>
            <source>Optional raster: the normalised least-cost corridor min over adjacent pairs of D_a + D_b − LCD(a, b), 0 on the least-cost paths (Float32, NoData −9999).</source>
            <translation>可选栅格：归一化最小成本廊道，即各相邻源地对 D_a + D_b − LCD(a, b) 的最小值，最小成本路径上为 0（Float32，无数据值 −9999）。</translation>
        </message>
        <message>
            <location filename="../algorithms/corridors.py" line="206" />
            <source>Number of corridors</source>
            <translation>廊道数</translation>
        </message>
        <message>
            <location filename="../algorithms/corridors.py" line="207" />
            <source>Number of ecological nodes</source>
            <translation>生态节点数</translation>
        </message>
        <message>
            <extracomment>mcr:corridors</extracomment>
            <source>Ecological corridors, nodes and ridge lines</source>
            <translation>生态廊道、生态节点与脊线</translation>
        </message>
        <message>
            <extracomment>mcr:corridors</extracomment>
            <source>4 · Corridors and channels</source>
            <translation>4 · 生态廊道与辐射道</translation>
        </message>
        <message>
            <extracomment>mcr:corridors</extracomment>
            <source>Extracts ecological corridors, ecological nodes, ridge lines and vulnerable corridor stretches between adjacent sources.</source>
            <translation>提取相邻源地之间的生态廊道、生态节点、脊线和廊道脆弱段。</translation>
        </message>
        <message>
            <extracomment>mcr:corridors</extracomment>
            <source>&lt;p&gt;Corridors and nodes of the MCR method (Li et al. 2020, §4.2). The paper finds corridors as "low resistance valley lines between two adjacent sources" by hydrological analysis of the MCR surface, and nodes as "the tangent points of the equal resistance lines between sources". Both follow exactly from one multi-source MCR search:&lt;/p&gt;</source>
            <translation>&lt;p&gt;MCR 方法中的生态廊道和生态节点（Li et al. 2020，第 4.2 节）。原文通过对最小累积阻力面进行水文分析，将廊道识别为“两个相邻源地之间的低阻力谷线”，将节点识别为“源地之间等阻力线的切点”。二者都可由一次多源最小累积阻力搜索精确得到：&lt;/p&gt;</translation>
        </message>
        <message>
            <extracomment>mcr:corridors</extracomment>
            <source>&lt;ul&gt; &lt;li&gt;&lt;b&gt;Ridge lines&lt;/b&gt; (this plugin's addition): the boundaries between the allocation zones of the sources, where the equal-resistance fronts of two sources meet. Two sources are &lt;b&gt;adjacent&lt;/b&gt; when their zones share a ridge.&lt;/li&gt; &lt;li&gt;Along the ridge of sources a and b, every boundary edge (u in zone a, v in zone b) gives a link of cost D(u) + step(u, v) + D(v). Each local minimum of that cost along the ridge is a &lt;b&gt;saddle&lt;/b&gt;: a low-resistance valley line crossing the ridge. Its &lt;b&gt;corridor&lt;/b&gt; is the least-cost path from source a through the saddle to source b; its &lt;b&gt;ecological node&lt;/b&gt; is the point of the saddle where both fronts arrive at the same cumulative resistance (half the corridor's cost) — the tangent point of the two sources' equal-resistance lines. One node per corridor.&lt;/li&gt; &lt;li&gt;By default there is one corridor per &lt;b&gt;significant saddle&lt;/b&gt;, as the paper counts them (it reports 4 and 6 corridors and nodes between at most 3 sources): a saddle counts when its &lt;b&gt;persistence&lt;/b&gt; — how far the link cost rises along the ridge before a cheaper saddle is reached — is at least 10 % of its cost (noise on a ridge gives minima of tiny persistence), its cost is at most 1.25 × the pair's cheapest link (a realistic alternative route), and its path runs, somewhere, at least 1000 m from each of the pair's cheaper corridors (a distinct route, not a near-duplicate). The pair's cheapest saddle always counts. These three defaults are ours (the paper gives none): on the bundled 20 km sample they give 3, 10 and 11 corridors for 2009, 2013 and 2018 where one per pair gives 1, 5 and 7 (looser settings give dozens of near-parallel lines; stricter ones fall back to one per pair). Other modes: &lt;i&gt;one per pair&lt;/i&gt; (its cheapest saddle) and &lt;i&gt;exact least-cost path of each pair&lt;/i&gt; (one search per source, Linkage Mapper style).&lt;/li&gt; &lt;li&gt;&lt;b&gt;True least-cost check&lt;/b&gt; (ours), in every mode: the pair's least-cost distance &lt;code&gt;lcd&lt;/code&gt; (from one search per source, stopped at the largest cost it needs), &lt;code&gt;detour&lt;/code&gt; = cwd / lcd (1 when the corridor is the least-cost path) and &lt;code&gt;via_source&lt;/code&gt;, a third source whose zone the least-cost path crosses. A corridor found between two zones must cross their shared ridge; when the cheap route runs through a third zone it is a detour, and the log lists it. An option leaves out corridors whose detour exceeds a factor.&lt;/li&gt; &lt;li&gt;&lt;b&gt;Vulnerable stretches&lt;/b&gt; (ours; the paper §5–6 names them): the parts of a corridor that cross roads, buildings, sedimentation tanks and tailings (kind &lt;i&gt;barrier&lt;/i&gt;) or farmland (kind &lt;i&gt;farmland crossing&lt;/i&gt;), from the land-use raster and its class codes (defaults: the barrier and farmland classes of the class-table preset — for the paper's codes 6, 7, 8, 9 and 4, 5; the paper names crossings of farmland and orchards together). Or give a raster and a threshold instead (e.g. the land-use resistance ≥ 6). Without either, no vulnerable stretches are written.&lt;/li&gt; &lt;/ul&gt;</source>
            <translation>&lt;ul&gt; &lt;li&gt;&lt;b&gt;脊线&lt;/b&gt;（本插件新增）：各源地分配区之间的边界，即两个源地的等阻力前沿相遇之处。两个源地的分区共享一段脊线时，二者&lt;b&gt;相邻&lt;/b&gt;。&lt;/li&gt; &lt;li&gt;沿源地 a 与 b 之间的脊线，每条边界边（u 在分区 a，v 在分区 b）给出一个成本为 D(u) + step(u, v) + D(v) 的连接。该成本沿脊线的每个局部极小值即一个&lt;b&gt;鞍部&lt;/b&gt;：穿过脊线的一条低阻力谷线。其&lt;b&gt;廊道&lt;/b&gt;是从源地 a 经该鞍部到源地 b 的最小成本路径；其&lt;b&gt;生态节点&lt;/b&gt;是鞍部上两个前沿以相同累积阻力（廊道成本的一半）到达的点——即两个源地等阻力线的切点。每条廊道一个节点。&lt;/li&gt; &lt;li&gt;默认每个&lt;b&gt;显著鞍部&lt;/b&gt;一条廊道，与原文的计数方式一致（原文在至多 3 个源地之间报告了 4 条和 6 条廊道及节点）：一个鞍部计入的条件是，其&lt;b&gt;持续度&lt;/b&gt;——沿脊线到达更低的鞍部之前连接成本升高的幅度——不低于其成本的 10 %（脊线上的噪声只产生持续度极小的极小值），其成本不超过该源地对最低连接成本的 1.25 倍（一条现实可行的替代路线），且其路径在某处与该源地对中每条成本更低的廊道的距离都不小于 1000 m（一条不同的路线，而非近似重复）。该源地对成本最低的鞍部总会计入。这三个默认值是本插件自定的（原文未给出）：在随附的 20 km 示例数据上，2009、2013 和 2018 年分别得到 3、10 和 11 条廊道，而每对一条的方式得到 1、5 和 7 条（更宽松的设置会得到几十条近乎平行的线；更严格的设置则退化为每对一条）。其他方式：&lt;i&gt;每对一条&lt;/i&gt;（成本最低的鞍部）和&lt;i&gt;每对的精确最小成本路径&lt;/i&gt;（每个源地一次搜索，Linkage Mapper 的方式）。&lt;/li&gt; &lt;li&gt;&lt;b&gt;真实最小成本检验&lt;/b&gt;（本插件新增），适用于所有方式：该源地对的最小成本距离 &lt;code&gt;lcd&lt;/code&gt;（每个源地一次搜索，在所需的最大成本处停止）、&lt;code&gt;detour&lt;/code&gt; = cwd / lcd（廊道即最小成本路径时为 1），以及 &lt;code&gt;via_source&lt;/code&gt;，即最小成本路径所穿过分区的第三个源地。在两个分区之间找到的廊道必须穿过二者共享的脊线；当低成本路线经过第三个分区时，它就是绕行，日志会将其列出。可用选项舍去绕行倍数超过某一系数的廊道。&lt;/li&gt; &lt;li&gt;&lt;b&gt;脆弱段&lt;/b&gt;（本插件新增；原文第 5–6 节提及）：廊道中穿越道路、建筑用地、沉淀池和尾矿（类型为&lt;i&gt;障碍&lt;/i&gt;）或耕地（类型为&lt;i&gt;穿越耕地&lt;/i&gt;）的部分，由土地利用栅格及其类别代码确定（默认：分类表预设中的障碍类和耕地类——对原文代码为 6、7、8、9 和 4、5；原文将穿越耕地和果园合并叙述）。也可改为给出一个栅格和阈值（例如土地利用阻力 ≥ 6）。两者都不给出时，不写出脆弱段。&lt;/li&gt; &lt;/ul&gt;</translation>
        </message>
        <message>
            <extracomment>mcr:corridors</extracomment>
            <source>&lt;p&gt;Corridor attributes: &lt;code&gt;saddle_rank&lt;/code&gt; (1 = the pair's cheapest), &lt;code&gt;cwd&lt;/code&gt; cost-weighted distance, &lt;code&gt;lcd&lt;/code&gt;, &lt;code&gt;detour&lt;/code&gt;, &lt;code&gt;via_source&lt;/code&gt;, &lt;code&gt;persistence&lt;/code&gt; (NULL for the pair's cheapest saddle), and as Linkage Mapper names them &lt;code&gt;length_m&lt;/code&gt;, &lt;code&gt;euclid_m&lt;/code&gt; (shortest distance between the two sources' edges), &lt;code&gt;cwd_per_m&lt;/code&gt;, &lt;code&gt;cwd_per_euclid&lt;/code&gt;. Nodes: &lt;code&gt;saddle_rank&lt;/code&gt; and &lt;code&gt;mcr&lt;/code&gt; = the MCR value at the node. Vulnerable stretches: &lt;code&gt;kind&lt;/code&gt;, &lt;code&gt;class_code&lt;/code&gt; (the land-use class crossed most), &lt;code&gt;length_m&lt;/code&gt;, &lt;code&gt;max_resistance&lt;/code&gt; and &lt;code&gt;mean_resistance&lt;/code&gt; (of the resistance surface), &lt;code&gt;cells&lt;/code&gt;.&lt;/p&gt;</source>
            <translation>&lt;p&gt;廊道属性：&lt;code&gt;saddle_rank&lt;/code&gt;（1 = 该源地对成本最低的鞍部）、&lt;code&gt;cwd&lt;/code&gt; 成本加权距离、&lt;code&gt;lcd&lt;/code&gt;、&lt;code&gt;detour&lt;/code&gt;、&lt;code&gt;via_source&lt;/code&gt;、&lt;code&gt;persistence&lt;/code&gt;（该源地对成本最低的鞍部为 NULL），以及沿用 Linkage Mapper 命名的 &lt;code&gt;length_m&lt;/code&gt;、&lt;code&gt;euclid_m&lt;/code&gt;（两个源地边缘之间的最短距离）、&lt;code&gt;cwd_per_m&lt;/code&gt;、&lt;code&gt;cwd_per_euclid&lt;/code&gt;。节点：&lt;code&gt;saddle_rank&lt;/code&gt; 和 &lt;code&gt;mcr&lt;/code&gt; = 节点处的最小累积阻力值。脆弱段：&lt;code&gt;kind&lt;/code&gt;、&lt;code&gt;class_code&lt;/code&gt;（穿越最多的土地利用类别）、&lt;code&gt;length_m&lt;/code&gt;、&lt;code&gt;max_resistance&lt;/code&gt; 和 &lt;code&gt;mean_resistance&lt;/code&gt;（取自阻力面）、&lt;code&gt;cells&lt;/code&gt;。&lt;/p&gt;</translation>
        </message>
        <message>
            <extracomment>mcr:corridors</extracomment>
            <source>&lt;p&gt;&lt;b&gt;Gravity model&lt;/b&gt; (not the paper's; Kong et al. 2010, as the ecological-security-pattern studies after it rank corridors): every corridor gets &lt;code&gt;gravity&lt;/code&gt; G&lt;sub&gt;ab&lt;/sub&gt; = N&lt;sub&gt;a&lt;/sub&gt; N&lt;sub&gt;b&lt;/sub&gt; / D&lt;sub&gt;ab&lt;/sub&gt;², with N = ln(S) / P for each of its two sources (S the source's area in m², P the mean resistance of its cells) and D&lt;sub&gt;ab&lt;/sub&gt; = the corridor's cwd divided by the largest cwd of the run; &lt;code&gt;gravity_rank&lt;/code&gt; (1 = the strongest interaction; equal values share a rank) and &lt;code&gt;important&lt;/code&gt; (1 where G is above the threshold of important corridors, an advanced option; 0 by default, so every corridor counts — pick the threshold from the distribution of G, for example the corridors of rank 1 to 10 or G above its mean). The unit of S is our choice (Kong et al. do not state it): in m², ln S &amp;gt; 0 for every real source. L&lt;sub&gt;max&lt;/sub&gt; scales every G alike, so the ranking does not depend on it. Reference: Kong F., Yin H., Nakagoshi N., Zong Y. (2010). Urban green space network development for biodiversity conservation: identification based on graph theory and gravity modeling. Landscape and Urban Planning 95:16–27.&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;重力模型&lt;/b&gt;（非原文方法；Kong et al. 2010，此后的生态安全格局研究用它对廊道排序）：每条廊道得到 &lt;code&gt;gravity&lt;/code&gt;，即相互作用力 G&lt;sub&gt;ab&lt;/sub&gt; = N&lt;sub&gt;a&lt;/sub&gt; N&lt;sub&gt;b&lt;/sub&gt; / D&lt;sub&gt;ab&lt;/sub&gt;²，其中其两个源地各自的 N = ln(S) / P（S 为源地面积，单位 m²，P 为其像元的平均阻力），D&lt;sub&gt;ab&lt;/sub&gt; = 该廊道的 cwd 除以本次运行中最大的 cwd；&lt;code&gt;gravity_rank&lt;/code&gt;（1 = 相互作用最强；数值相同者名次相同）和 &lt;code&gt;important&lt;/code&gt;（G 高于重要廊道阈值处为 1，该阈值为高级选项；默认为 0，即所有廊道都计入——请根据 G 的分布选取阈值，例如名次 1 至 10 的廊道，或 G 高于其平均值者）。S 的单位由本插件选定（Kong et al. 未说明）：以 m² 计时，对任何实际源地 ln S &amp;gt; 0。L&lt;sub&gt;max&lt;/sub&gt; 对所有 G 的缩放相同，因此排序与其无关。参考文献：Kong F., Yin H., Nakagoshi N., Zong Y. (2010). Urban green space network development for biodiversity conservation: identification based on graph theory and gravity modeling. Landscape and Urban Planning 95:16–27.&lt;/p&gt;</translation>
        </message>
        <message>
            <extracomment>mcr:corridors</extracomment>
            <source>&lt;p&gt;The optional &lt;b&gt;corridor-width raster&lt;/b&gt; is Linkage Mapper's normalised least-cost corridor: min over the adjacent pairs of D&lt;sub&gt;a&lt;/sub&gt; + D&lt;sub&gt;b&lt;/sub&gt; − LCD(a, b), 0 on the least-cost paths, cut off at the width given (cost units). It needs one search per source and keeps a surface per source while its pairs need it.&lt;/p&gt;</source>
            <translation>&lt;p&gt;可选的&lt;b&gt;廊道宽度栅格&lt;/b&gt;即 Linkage Mapper 的归一化最小成本廊道：各相邻源地对 D&lt;sub&gt;a&lt;/sub&gt; + D&lt;sub&gt;b&lt;/sub&gt; − LCD(a, b) 的最小值，最小成本路径上为 0，在给定宽度（成本单位）处截断。它需要每个源地一次搜索，并在相关源地对用到时保留每个源地的成本面。&lt;/p&gt;</translation>
        </message>
        <message>
            <extracomment>mcr:corridors</extracomment>
            <source>&lt;p&gt;Inputs: the resistance and the sources (the search runs here), or the three outputs of an &lt;i&gt;MCR surface&lt;/i&gt; run (advanced) to reuse it. Outputs are written only when everything has been computed.&lt;/p&gt;</source>
            <translation>&lt;p&gt;输入：阻力面和源地（在此进行搜索），或一次&lt;i&gt;最小累积阻力面&lt;/i&gt;运行的三个输出（高级）以复用其结果。所有结果计算完成后才写出输出。&lt;/p&gt;</translation>
        </message>
        <message>
            <extracomment>mcr:corridors</extracomment>
            <source>&lt;p&gt;Example: &lt;code&gt;qgis_process run mcr:corridors -- RESISTANCE=resistance.tif SOURCES_RASTER=sources.tif LANDUSE=landuse.tif CORRIDORS=corridors.gpkg NODES=nodes.gpkg RIDGES=ridges.gpkg VULNERABLE=vulnerable.gpkg&lt;/code&gt;&lt;/p&gt;</source>
            <translation>&lt;p&gt;示例：&lt;code&gt;qgis_process run mcr:corridors -- RESISTANCE=resistance.tif SOURCES_RASTER=sources.tif LANDUSE=landuse.tif CORRIDORS=corridors.gpkg NODES=nodes.gpkg RIDGES=ridges.gpkg VULNERABLE=vulnerable.gpkg&lt;/code&gt;&lt;/p&gt;</translation>
        </message>
        <message>
            <extracomment>mcr:corridors</extracomment>
            <source>corridor</source>
            <translation>廊道</translation>
        </message>
        <message>
            <extracomment>mcr:corridors</extracomment>
            <source>ecological node</source>
            <translation>生态节点</translation>
        </message>
        <message>
            <extracomment>mcr:corridors</extracomment>
            <source>ridge line</source>
            <translation>脊线</translation>
        </message>
        <message>
            <extracomment>mcr:corridors</extracomment>
            <source>least-cost path</source>
            <translation>最小成本路径</translation>
        </message>
        <message>
            <extracomment>mcr:corridors</extracomment>
            <source>linkage</source>
            <translation>连接</translation>
        </message>
        <message>
            <extracomment>mcr:corridors</extracomment>
            <source>Linkage Mapper</source>
            <translation>Linkage Mapper</translation>
        </message>
        <message>
            <extracomment>mcr:corridors</extracomment>
            <source>security pattern</source>
            <translation>安全格局</translation>
        </message>
        <message>
            <extracomment>mcr:corridors</extracomment>
            <source>saddle</source>
            <translation>鞍部</translation>
        </message>
        <message>
            <extracomment>mcr:corridors</extracomment>
            <source>vulnerable</source>
            <translation>脆弱</translation>
        </message>
        <message>
            <extracomment>mcr:corridors</extracomment>
            <source>detour</source>
            <translation>绕行</translation>
        </message>
        <message>
            <location filename="../algorithms/radiation_channels.py" line="51" />
            <source>Flow routing over the MCR surface</source>
            <translation>最小累积阻力面上的流向计算</translation>
        </message>
        <message>
            <location filename="../algorithms/radiation_channels.py" line="52" />
            <source>D8 steepest descent (ArcGIS Flow Direction, as in the paper)</source>
            <translation>D8 最陡下降（ArcGIS 流向，与原文相同）</translation>
        </message>
        <message>
            <location filename="../algorithms/radiation_channels.py" line="53" />
            <source>least-cost tree (the exact paths of the MCR search)</source>
            <translation>最小成本树（最小累积阻力搜索的精确路径）</translation>
        </message>
        <message>
            <extracomment>mcr:radiationchannels</extracomment>
            <source>How flow runs over the MCR surface: D8 steepest descent (default, the paper's ArcGIS hydrological analysis) or the least-cost tree of the MCR search.</source>
            <translation>水流在最小累积阻力面上如何流动：D8 最陡下降（默认，即原文的 ArcGIS 水文分析）或最小累积阻力搜索的最小成本树。</translation>
        </message>
        <message>
            <location filename="../algorithms/radiation_channels.py" line="59" />
            <source>Contributing area of a channel (km²)</source>
            <translation>辐射道的汇水面积（km²）</translation>
        </message>
        <message>
            <extracomment>mcr:radiationchannels</extracomment>
            <source>Smallest accumulated area (km²) a valley line must drain to be a channel. Default 3 km².</source>
            <translation>谷线成为辐射道所需的最小累积汇水面积（km²）。默认 3 km²。</translation>
        </message>
        <message>
            <location filename="../algorithms/radiation_channels.py" line="65" />
            <source>Minimum channel length (m)</source>
            <translation>辐射道最小长度（m）</translation>
        </message>
        <message>
            <extracomment>mcr:radiationchannels</extracomment>
            <source>Channels shorter than this (m) are left out: stubs at a source's edge. Default 200 m.</source>
            <translation>短于此值（m）的辐射道被舍去：源地边缘的短枝。默认 200 m。</translation>
        </message>
        <message>
            <location filename="../algorithms/radiation_channels.py" line="71" />
            <source>Leave out valley lines that are corridors</source>
            <translation>舍去与廊道重合的谷线</translation>
        </message>
        <message>
            <extracomment>mcr:radiationchannels</extracomment>
            <source>Leave out valley lines on corridors (default on): corridors join two sources, channels lead outward.</source>
            <translation>舍去位于廊道上的谷线（默认开启）：廊道连接两个源地，辐射道则向外延伸。</translation>
        </message>
        <message>
            <location filename="../algorithms/radiation_channels.py" line="76" />
            <source>Corridors (default: computed from the same search)</source>
            <translation>生态廊道（默认：由同一次搜索计算）</translation>
        </message>
        <message>
            <extracomment>mcr:radiationchannels</extracomment>
            <source>Corridor lines to leave out (rasterised onto the grid). Default: the corridors of the same search.</source>
            <translation>需舍去的廊道线（栅格化到格网上）。默认：同一次搜索得到的廊道。</translation>
        </message>
        <message>
            <location filename="../algorithms/compare_patterns.py" line="326" />
            <source>Radiation channels</source>
            <translation>辐射道</translation>
        </message>
        <message>
            <extracomment>mcr:radiationchannels</extracomment>
            <source>Radiation channels with channel_id, source_id, length_m, catchment_km2 and mcr_end.</source>
            <translation>辐射道，字段为 channel_id、source_id、length_m、catchment_km2 和 mcr_end。</translation>
        </message>
        <message>
            <location filename="../algorithms/radiation_channels.py" line="85" />
            <source>Accumulated area (km²)</source>
            <translation>累积汇水面积（km²）</translation>
        </message>
        <message>
            <extracomment>mcr:radiationchannels</extracomment>
            <source>Optional raster of the accumulated area in km² (Float32, NoData −9999): the flow accumulation of the MCR surface with the routing chosen.</source>
            <translation>可选的累积汇水面积栅格，单位 km²（Float32，无数据值 −9999）：按所选流向计算的最小累积阻力面流量累积。</translation>
        </message>
        <message>
            <location filename="../algorithms/radiation_channels.py" line="88" />
            <source>Number of radiation channels</source>
            <translation>辐射道数</translation>
        </message>
        <message>
            <extracomment>mcr:radiationchannels</extracomment>
            <source>Traces radiation channels, the low-resistance valley lines leading outward from each source.</source>
            <translation>追踪辐射道，即从每个源地向外延伸的低阻力谷线。</translation>
        </message>
        <message>
            <extracomment>mcr:radiationchannels</extracomment>
            <source>&lt;p&gt;Radiation channels of the MCR method (Li et al. 2020, §4.2): "low resistance valley lines for the outward diffusion of an ecological source", found by hydrological analysis of the MCR surface. Two flow routings, both ending at the sources:&lt;/p&gt;</source>
            <translation>&lt;p&gt;MCR 方法中的辐射道（Li et al. 2020，第 4.2 节）：“生态源地向外扩散的低阻力谷线”，通过对最小累积阻力面进行水文分析得到。提供两种流向计算方式，二者都终止于源地：&lt;/p&gt;</translation>
        </message>
        <message>
            <extracomment>mcr:radiationchannels</extracomment>
            <source>&lt;ul&gt; &lt;li&gt;&lt;b&gt;D8 steepest descent&lt;/b&gt; (default; the paper's operator): each cell drains to the one of its 8 neighbours with the steepest descent of the MCR surface (drop / distance), as ArcGIS &lt;i&gt;Flow Direction&lt;/i&gt; and &lt;i&gt;Flow Accumulation&lt;/i&gt; do on the MCR surface. The MCR surface has no interior sinks — every cell's predecessor on its least-cost path is lower — so nothing needs filling; a tie goes to the first neighbour clockwise from north (N, NE, E, SE, S, SW, W, NW); a cell with no lower neighbour (only after knight's moves) drains to its predecessor.&lt;/li&gt; &lt;li&gt;&lt;b&gt;Least-cost tree&lt;/b&gt; (this plugin's option): each cell drains to the predecessor on its exact least-cost path from the MCR search, so the accumulated area of a cell is the area of all cells whose least-cost path passes through it. It is not D8: where several descents are almost equally steep the two routings can differ (they agree on most cells).&lt;/li&gt; &lt;/ul&gt;</source>
            <translation>&lt;ul&gt; &lt;li&gt;&lt;b&gt;D8 最陡下降&lt;/b&gt;（默认；原文所用的算子）：每个像元流向其 8 个邻域像元中最小累积阻力面下降最陡（落差 / 距离）的一个，与 ArcGIS 在最小累积阻力面上执行&lt;i&gt;流向&lt;/i&gt;（Flow Direction）和&lt;i&gt;流量&lt;/i&gt;（Flow Accumulation）相同。最小累积阻力面没有内部洼地——每个像元在其最小成本路径上的前驱都更低——因此无需填洼；坡度相同时取从北起顺时针方向的第一个邻域像元（N、NE、E、SE、S、SW、W、NW）；没有更低邻域像元的像元（仅在使用马步时出现）流向其前驱。&lt;/li&gt; &lt;li&gt;&lt;b&gt;最小成本树&lt;/b&gt;（本插件的选项）：每个像元流向最小累积阻力搜索所得精确最小成本路径上的前驱，因此一个像元的累积汇水面积等于最小成本路径经过该像元的所有像元的面积。它不同于 D8：在若干下降方向坡度几乎相同之处，两种流向可能不同（在多数像元上一致）。&lt;/li&gt; &lt;/ul&gt;</translation>
        </message>
        <message>
            <extracomment>mcr:radiationchannels</extracomment>
            <source>&lt;p&gt;Cells whose accumulated area reaches the threshold form valley lines. Those that are not on a corridor are traced from where they leave the source edge outward; at each confluence the channel follows the main stem, the branch with the larger accumulated area. So there is one channel per valley line leaving a source (or branching off a corridor). Each channel starts at the cell it leaves from (a source edge cell or a corridor cell) so that the lines connect. Channels shorter than the minimum length (default 200 m, ours) are left out: with a low threshold, a cell or two at a source's edge can drain enough area to count, and such stubs would inflate the counts.&lt;/p&gt;</source>
            <translation>&lt;p&gt;累积汇水面积达到阈值的像元构成谷线。不在廊道上的谷线从离开源地边缘处向外追踪；在每个汇流点，辐射道沿主干即累积汇水面积较大的分支延伸。因此离开源地（或从廊道分出）的每条谷线对应一条辐射道。每条辐射道从其离开的像元（源地边缘像元或廊道像元）开始，使各线相互衔接。短于最小长度（默认 200 m，本插件自定）的辐射道被舍去：阈值较低时，源地边缘的一两个像元就可能汇集足够的面积而被计入，这类短枝会虚增数量。&lt;/p&gt;</translation>
        </message>
        <message>
            <extracomment>mcr:radiationchannels</extracomment>
            <source>&lt;p&gt;The &lt;b&gt;threshold&lt;/b&gt; sets how many channels you get: a higher threshold keeps fewer, larger valley lines. The defaults (3 km², 200 m, D8) give 24, 25 and 27 channels for the 2009, 2013 and 2018 epochs of the bundled 20 km × 20 km sample (the least-cost tree gives 21, 20 and 20; the paper reports 14, 16 and 19 for its area of similar size); scale the threshold with your study area and cell size.&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;阈值&lt;/b&gt;决定得到多少条辐射道：阈值越高，保留的谷线越少、越大。默认值（3 km²、200 m、D8）在随附的 20 km × 20 km 示例数据的 2009、2013 和 2018 年三期上分别得到 24、25 和 27 条辐射道（最小成本树得到 21、20 和 20 条；原文在面积相近的研究区报告了 14、16 和 19 条）；请根据研究区和像元大小调整阈值。&lt;/p&gt;</translation>
        </message>
        <message>
            <extracomment>mcr:radiationchannels</extracomment>
            <source>&lt;p&gt;By default the corridors of the same search (every significant saddle, as &lt;i&gt;Ecological corridors&lt;/i&gt; draws them by default) are left out; give a corridor layer to leave out those instead, or switch the option off to keep every valley line.&lt;/p&gt;</source>
            <translation>&lt;p&gt;默认舍去同一次搜索得到的廊道（每个显著鞍部一条，与&lt;i&gt;生态廊道&lt;/i&gt;默认绘制的相同）；也可给出一个廊道图层以舍去其中的廊道，或关闭该选项以保留所有谷线。&lt;/p&gt;</translation>
        </message>
        <message>
            <extracomment>mcr:radiationchannels</extracomment>
            <source>&lt;p&gt;Attributes: &lt;code&gt;channel_id&lt;/code&gt;, &lt;code&gt;source_id&lt;/code&gt; (the source whose zone it starts in), &lt;code&gt;length_m&lt;/code&gt;, &lt;code&gt;catchment_km2&lt;/code&gt; (area draining through its first cell), &lt;code&gt;mcr_end&lt;/code&gt; (MCR value at its outer end).&lt;/p&gt;</source>
            <translation>&lt;p&gt;属性：&lt;code&gt;channel_id&lt;/code&gt;、&lt;code&gt;source_id&lt;/code&gt;（辐射道起点所在分区的源地）、&lt;code&gt;length_m&lt;/code&gt;、&lt;code&gt;catchment_km2&lt;/code&gt;（流经其第一个像元的汇水面积）、&lt;code&gt;mcr_end&lt;/code&gt;（其外端的最小累积阻力值）。&lt;/p&gt;</translation>
        </message>
        <message>
            <extracomment>mcr:radiationchannels</extracomment>
            <source>&lt;p&gt;Example: &lt;code&gt;qgis_process run mcr:radiationchannels -- RESISTANCE=resistance.tif SOURCES_RASTER=sources.tif THRESHOLD=1 OUTPUT=channels.gpkg&lt;/code&gt;&lt;/p&gt;</source>
            <translation>&lt;p&gt;示例：&lt;code&gt;qgis_process run mcr:radiationchannels -- RESISTANCE=resistance.tif SOURCES_RASTER=sources.tif THRESHOLD=1 OUTPUT=channels.gpkg&lt;/code&gt;&lt;/p&gt;</translation>
        </message>
        <message>
            <extracomment>mcr:radiationchannels</extracomment>
            <source>radiation channel</source>
            <translation>辐射道</translation>
        </message>
        <message>
            <extracomment>mcr:radiationchannels</extracomment>
            <source>valley line</source>
            <translation>谷线</translation>
        </message>
        <message>
            <extracomment>mcr:radiationchannels</extracomment>
            <source>flow accumulation</source>
            <translation>流量累积</translation>
        </message>
        <message>
            <extracomment>mcr:radiationchannels</extracomment>
            <source>dispersal</source>
            <translation>扩散</translation>
        </message>
        <message>
            <extracomment>mcr:securitypattern</extracomment>
            <source>Weights of land use, slope, elevation</source>
            <translation>土地利用、坡度、高程的权重</translation>
        </message>
        <message>
            <extracomment>mcr:securitypattern</extracomment>
            <source>Flow routing of radiation channels</source>
            <translation>辐射道的流向计算方式</translation>
        </message>
        <message>
            <extracomment>mcr:securitypattern</extracomment>
            <source>Contributing area of a radiation channel (km²)</source>
            <translation>辐射道的汇水面积（km²）</translation>
        </message>
        <message>
            <extracomment>mcr:securitypattern</extracomment>
            <source>Minimum radiation channel length (m)</source>
            <translation>辐射道最小长度（m）</translation>
        </message>
        <message>
            <extracomment>mcr:securitypattern</extracomment>
            <source>Builds the ecological security pattern of Li et al. (2020) in one run: land-use, slope and elevation resistance (the paper's Tables 1–3, or a land-cover product's preset) combined 0.8/0.1/0.1, ecological sources (habitat patches of at least 10 km²), the exact MCR surface, ecological corridors and nodes (one per significant saddle, as the paper counts them), ridge lines, vulnerable corridor stretches and radiation channels (D8 on the MCR surface). Every step is a plugin algorithm: open the model in the Graphical Modeler to change it. All outputs are written together at the end: a failing step leaves none.</source>
            <translation>一次运行构建 Li et al. (2020) 的生态安全格局：土地利用、坡度和高程阻力（原文表 1–3，或某土地覆被产品的预设）按 0.8/0.1/0.1 加权叠加，生态源地（面积不小于 10 km² 的生境斑块），精确的最小累积阻力面，生态廊道和生态节点（每个显著鞍部一条，按原文的计数方式），脊线，廊道脆弱段以及辐射道（在最小累积阻力面上采用 D8）。每一步都是本插件的算法：可在图形建模器中打开该模型进行修改。所有输出在最后一并写出：任一步骤失败都不会留下输出。</translation>
        </message>
        <message>
            <extracomment>mcr:securitypattern</extracomment>
            <source>Ecological security pattern (whole chain)</source>
            <translation>生态安全格局（完整流程）</translation>
        </message>
        <message>
            <extracomment>mcr:securitypattern</extracomment>
            <source>Whole chain</source>
            <translation>完整流程</translation>
        </message>
        <message>
            <extracomment>mcr:securitypattern</extracomment>
            <source>whole chain</source>
            <translation>完整流程</translation>
        </message>
        <message>
            <extracomment>mcr:securitypattern</extracomment>
            <source>model</source>
            <translation>模型</translation>
        </message>
        <message>
            <extracomment>mcr:securitypattern</extracomment>
            <source>ecological security pattern</source>
            <translation>生态安全格局</translation>
        </message>
        <message>
            <extracomment>mcr:securitypatternmspa</extracomment>
            <source>Minimum core area of a candidate source (km²)</source>
            <translation>候选源地的最小核心区面积（km²）</translation>
        </message>
        <message>
            <extracomment>mcr:securitypatternmspa</extracomment>
            <source>Smallest MSPA core area (km²) that may become a source; a core of exactly this area counts. Default 1 km² (ours; the paper's rule is 10 km² of vegetation).</source>
            <translation>可成为源地的 MSPA 核心区最小面积（km²）；面积恰好等于该值的核心区也计入。默认 1 km²（本插件自定；原文规则为 10 km² 的植被）。</translation>
        </message>
        <message>
            <extracomment>mcr:securitypatternmspa</extracomment>
            <source>Which cores become sources: every core of at least the minimum area, or of those the most important for connectivity by dPC (default) or by dIIC (Saura and Rubio 2010), on least-cost distances over the resistance surface.</source>
            <translation>哪些核心区成为源地：面积不小于最小面积的所有核心区，或其中按 dPC（默认）或 dIIC（Saura and Rubio 2010）衡量对连通性最重要的核心区，基于阻力面上的最小成本距离计算。</translation>
        </message>
        <message>
            <extracomment>mcr:securitypatternmspa</extracomment>
            <source>Keep the N cores with the highest importance (ties by id). Default 10 (ours); 0 = no limit.</source>
            <translation>保留重要性最高的 N 个核心区（并列时按编号）。默认 10（本插件自定）；0 = 不限。</translation>
        </message>
        <message>
            <extracomment>mcr:securitypatternmspa</extracomment>
            <source>Builds an ecological security pattern as many studies after Li et al. (2020) do: the same resistance surface (land use, slope and elevation, 0.8/0.1/0.1), then sources chosen by MSPA and connectivity instead of the paper's 10 km² rule — the core areas of a Morphological Spatial Pattern Analysis (Soille &amp; Vogt 2009) of the habitat classes, of at least 1 km², ranked by their importance for landscape connectivity dPC (Saura &amp; Rubio 2010) on exact least-cost distances, the 10 most important kept — then the exact MCR surface, corridors and nodes with their gravity-model strength (Kong et al. 2010), ridge lines, vulnerable stretches and radiation channels. The 1 km², the top 10 and the dispersal distance of 10000 cost units are this plugin's defaults, not the literature's: adapt them to the species and the map. Every step is a plugin algorithm: open the model in the Graphical Modeler to change it. All outputs are written together at the end: a failing step leaves none.</source>
            <translation>按 Li et al. (2020) 之后许多研究的做法构建生态安全格局：相同的阻力面（土地利用、坡度和高程，0.8/0.1/0.1），然后以 MSPA 和连通性代替原文的 10 km² 规则选取源地——对生境类做形态学空间格局分析（Soille &amp; Vogt 2009），取面积不小于 1 km² 的核心区，基于精确的最小成本距离按其对景观连通性的重要性 dPC（Saura &amp; Rubio 2010）排序，保留最重要的 10 个——再计算精确的最小累积阻力面、生态廊道和生态节点及其重力模型强度（Kong et al. 2010）、脊线、脆弱段和辐射道。1 km²、前 10 个以及 10000 成本单位的扩散距离是本插件的默认值，并非来自文献：请根据物种和地图调整。每一步都是本插件的算法：可在图形建模器中打开该模型进行修改。所有输出在最后一并写出：任一步骤失败都不会留下输出。</translation>
        </message>
        <message>
            <extracomment>mcr:securitypatternmspa</extracomment>
            <source>Ecological security pattern with MSPA sources (whole chain)</source>
            <translation>基于 MSPA 源地的生态安全格局（完整流程）</translation>
        </message>
        <message>
            <extracomment>mcr:barriers</extracomment>
            <source>Resistance surface (for example from Weighted overlay) in a projected CRS; values &gt; 0, NoData cells are removed from the circuit (complete barriers). Each cell is a node joined to its neighbours by resistors.</source>
            <translation>投影坐标参考系下的阻力面（例如“阻力因子加权叠加”的输出）；值 &gt; 0，无数据像元从电路中移除（完全障碍）。每个像元是一个节点，通过电阻与其邻域像元相连。</translation>
        </message>
        <message>
            <extracomment>mcr:barriers</extracomment>
            <source>Source-id raster (cells &gt; 0 are sources, the value is the id), for example the raster output of Select ecological sources. Give this or source features. A source of many cells is one node (its cells are short-circuited), as Circuitscape does with a focal region.</source>
            <translation>源地编号栅格（值 &gt; 0 的像元为源地，像元值即编号），例如“识别生态源地”的栅格输出。请给出此项或源地要素。由多个像元组成的源地是一个节点（其像元被短路），与 Circuitscape 处理焦点区域的方式相同。</translation>
        </message>
        <message>
            <extracomment>mcr:barriers</extracomment>
            <source>Source polygons or points (reserves, parks), reprojected onto the resistance grid. Give these or a source-id raster.</source>
            <translation>源地面或点要素（保护区、公园），重投影到阻力面格网上。请给出此项或源地编号栅格。</translation>
        </message>
        <message>
            <location filename="../algorithms/circuit_inputs.py" line="82" />
            <source>Corridors (pairs of sources; e.g. from Ecological corridors)</source>
            <translation>生态廊道（源地对；例如来自“生态廊道”）</translation>
        </message>
        <message>
            <extracomment>mcr:barriers</extracomment>
            <source>Optional corridor lines with from_source and to_source (e.g. from Ecological corridors): the pairs of sources to improve. Empty: every pair of sources whose MCR zones touch.</source>
            <translation>可选的廊道线，含 from_source 和 to_source 字段（例如来自“生态廊道”）：需要改善的源地对。留空：最小累积阻力分区相接的每一对源地。</translation>
        </message>
        <message>
            <location filename="../algorithms/barriers.py" line="70" />
            <source>Radii of the restoration window (m)</source>
            <translation>修复窗口半径（m）</translation>
        </message>
        <message>
            <extracomment>mcr:barriers</extracomment>
            <source>Radii of the circular restoration window in metres, separated by commas (default 100, 200, 300). Each must be at least one cell; the best radius wins at each cell.</source>
            <translation>圆形修复窗口的半径，单位米，以逗号分隔（默认 100, 200, 300）。每个半径至少为一个像元；每个像元取得分最高的半径。</translation>
        </message>
        <message>
            <location filename="../algorithms/barriers.py" line="75" />
            <source>Combine the pairs of sources by</source>
            <translation>源地对的合并方式</translation>
        </message>
        <message>
            <location filename="../algorithms/barriers.py" line="76" />
            <source>maximum (the best pair at each cell)</source>
            <translation>最大值（每个像元取最佳源地对）</translation>
        </message>
        <message>
            <location filename="../algorithms/barriers.py" line="76" />
            <source>sum (all pairs a window would help)</source>
            <translation>求和（窗口可改善的所有源地对）</translation>
        </message>
        <message>
            <extracomment>mcr:barriers</extracomment>
            <source>Maximum (default): a cell's score is that of the pair it helps most. Sum: the scores of all pairs it helps add up (negative gains count as 0).</source>
            <translation>最大值（默认）：像元的得分为其改善最多的源地对的得分。求和：其改善的所有源地对的得分相加（负收益按 0 计）。</translation>
        </message>
        <message>
            <location filename="../algorithms/barriers.py" line="81" />
            <source>Resistance of a restored cell</source>
            <translation>修复后像元的阻力值</translation>
        </message>
        <message>
            <extracomment>mcr:barriers</extracomment>
            <source>Resistance a restored cell would have (default 1, as Linkage Mapper; the paper's Table 1 gives vegetation 1).</source>
            <translation>修复后像元应有的阻力值（默认 1，同 Linkage Mapper；原文表 1 中植被为 1）。</translation>
        </message>
        <message>
            <extracomment>mcr:barriers</extracomment>
            <source>Moves of the cost surfaces: 4, 8 (default) or 16 (knight's moves); use the neighbourhood of your MCR surface.</source>
            <translation>成本面的移动方式：4、8（默认）或 16（马步）；请使用与最小累积阻力面相同的邻域。</translation>
        </message>
        <message>
            <location filename="../algorithms/barriers.py" line="86" />
            <source>Improvement score</source>
            <translation>改善得分</translation>
        </message>
        <message>
            <extracomment>mcr:barriers</extracomment>
            <source>Improvement score (Float32; NoData −9999 where no window helps): reduction of the least-cost distance per metre restored, ΔLCD / 2r, at the window centre.</source>
            <translation>改善得分（Float32；没有窗口能带来改善处为无数据值 −9999）：窗口中心处每修复一米所减少的最小成本距离，ΔLCD / 2r。</translation>
        </message>
        <message>
            <location filename="../algorithms/barriers.py" line="89" />
            <source>Percent improvement</source>
            <translation>改善百分比</translation>
        </message>
        <message>
            <extracomment>mcr:barriers</extracomment>
            <source>Percent improvement (Float32): 100 × score / LCD of the pair.</source>
            <translation>改善百分比（Float32）：100 × 得分 / 源地对的 LCD。</translation>
        </message>
        <message>
            <location filename="../algorithms/barriers.py" line="94" />
            <source>Radius of the best window</source>
            <translation>最佳窗口半径</translation>
        </message>
        <message>
            <extracomment>mcr:barriers</extracomment>
            <source>Radius (m) of the window that gives the best score at each cell; optional.</source>
            <translation>每个像元得分最高的窗口半径（m）；可选。</translation>
        </message>
        <message>
            <extracomment>mcr:barriers</extracomment>
            <source>Barriers to restore (Barrier Mapper)</source>
            <translation>待修复障碍点（Barrier Mapper）</translation>
        </message>
        <message>
            <extracomment>mcr:barriers</extracomment>
            <source>6 · Circuit theory</source>
            <translation>6 · 电路理论</translation>
        </message>
        <message>
            <extracomment>mcr:barriers</extracomment>
            <source>Maps where restoring a circular window would most shorten the least-cost distance between sources, as Linkage Mapper's Barrier Mapper does.</source>
            <translation>按 Linkage Mapper 的 Barrier Mapper 方法，识别修复哪些圆形窗口最能缩短源地间的最小成本距离。</translation>
        </message>
        <message>
            <extracomment>mcr:barriers</extracomment>
            <source>&lt;p&gt;Linkage Mapper's &lt;b&gt;Barrier Mapper&lt;/b&gt; (McRae, Hall, Beier &amp;amp; Theobald 2012, &lt;i&gt;PLoS ONE&lt;/i&gt; 7:e52604): for a circular window of radius r centred on a cell, if the window were restored to the &lt;b&gt;restored resistance&lt;/b&gt; (default 1), the least-cost distance between sources a and b could drop to min&lt;sub&gt;window&lt;/sub&gt;(D&lt;sub&gt;a&lt;/sub&gt;) + 2r × restored resistance + min&lt;sub&gt;window&lt;/sub&gt;(D&lt;sub&gt;b&lt;/sub&gt;): the cheapest way into the window from a, straight across it, and on to b. The &lt;b&gt;improvement score&lt;/b&gt; is the drop per metre restored, (LCD − that) / 2r; the &lt;b&gt;percent improvement&lt;/b&gt; is 100 × score / LCD. Cells where no window helps are NoData. Pairs are combined by maximum (the best pair, default) or by sum; radii by maximum, and the radius of the best window is an optional output.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Linkage Mapper 的 &lt;b&gt;Barrier Mapper&lt;/b&gt;（McRae, Hall, Beier &amp;amp; Theobald 2012，&lt;i&gt;PLoS ONE&lt;/i&gt; 7:e52604）：对以某像元为中心、半径为 r 的圆形窗口，若将窗口修复为&lt;b&gt;修复后阻力&lt;/b&gt;（默认 1），源地 a 与 b 之间的最小成本距离可降至 min&lt;sub&gt;window&lt;/sub&gt;(D&lt;sub&gt;a&lt;/sub&gt;) + 2r × 修复后阻力 + min&lt;sub&gt;window&lt;/sub&gt;(D&lt;sub&gt;b&lt;/sub&gt;)：从 a 进入窗口的最低成本、直线横穿窗口，再到达 b。&lt;b&gt;改善得分&lt;/b&gt;是每修复一米的降幅，(LCD − 上述值) / 2r；&lt;b&gt;改善百分比&lt;/b&gt;为 100 × 得分 / LCD。没有窗口能带来改善的像元为无数据。源地对按最大值（最佳源地对，默认）或求和合并；各半径按最大值合并，最佳窗口的半径是可选输出。&lt;/p&gt;</translation>
        </message>
        <message>
            <extracomment>mcr:barriers</extracomment>
            <source>&lt;p&gt;It needs one cost surface per source, never a search per cell: the window minimum of a cost surface is taken over the window's rim, which gives the same value as the whole disk (a cost surface has no local minimum outside its source). The pairs are those of the corridor layer, or — without it — every pair of sources whose MCR zones touch (the pairs Ecological corridors links).&lt;/p&gt;</source>
            <translation>&lt;p&gt;它只需每个源地一个成本面，无需逐像元搜索：成本面在窗口内的最小值取自窗口的边缘圈，与整个圆盘上的最小值相同（成本面在源地之外没有局部极小值）。源地对取自廊道图层；没有廊道图层时，取最小累积阻力分区相接的每一对源地（即“生态廊道”所连接的源地对）。&lt;/p&gt;</translation>
        </message>
        <message>
            <extracomment>mcr:barriers</extracomment>
            <source>&lt;p&gt;Not part of Li et al. (2020), whose §5–6 name the barriers (roads, tailings, tanks) from land use; an addition of this plugin from the Linkage Mapper toolkit that says where restoring them pays most. Windows are disks of cells whose centres lie within r; radii must be at least one cell.&lt;/p&gt;</source>
            <translation>&lt;p&gt;不属于 Li et al. (2020) 的方法（原文第 5–6 节根据土地利用指出障碍：道路、尾矿、沉淀池）；这是本插件从 Linkage Mapper 工具集引入的补充，用于指出修复哪里收益最大。窗口是像元中心位于 r 以内的像元所构成的圆盘；半径至少为一个像元。&lt;/p&gt;</translation>
        </message>
        <message>
            <extracomment>mcr:barriers</extracomment>
            <source>&lt;p&gt;Example: &lt;code&gt;qgis_process run mcr:barriers -- RESISTANCE=resistance.tif SOURCES_RASTER=source_ids.tif RADII="100, 200, 300" OUTPUT=barrier_score.tif PERCENT=barrier_percent.tif&lt;/code&gt;&lt;/p&gt;</source>
            <translation>&lt;p&gt;示例：&lt;code&gt;qgis_process run mcr:barriers -- RESISTANCE=resistance.tif SOURCES_RASTER=source_ids.tif RADII="100, 200, 300" OUTPUT=barrier_score.tif PERCENT=barrier_percent.tif&lt;/code&gt;&lt;/p&gt;</translation>
        </message>
        <message>
            <extracomment>mcr:barriers</extracomment>
            <source>barrier</source>
            <translation>障碍点</translation>
        </message>
        <message>
            <extracomment>mcr:barriers</extracomment>
            <source>restoration</source>
            <translation>修复</translation>
        </message>
        <message>
            <extracomment>mcr:barriers</extracomment>
            <source>Barrier Mapper</source>
            <translation>Barrier Mapper</translation>
        </message>
        <message>
            <extracomment>mcr:barriers</extracomment>
            <source>improvement</source>
            <translation>改善</translation>
        </message>
        <message>
            <extracomment>mcr:barriers</extracomment>
            <source>ecological restoration</source>
            <translation>生态修复</translation>
        </message>
        <message>
            <extracomment>mcr:centrality</extracomment>
            <source>Corridor lines with the fields from_source and to_source (the ids of the two sources each joins), e.g. the corridors of Ecological corridors.</source>
            <translation>廊道线，含字段 from_source 和 to_source（各廊道所连接两个源地的编号），例如“生态廊道”输出的廊道。</translation>
        </message>
        <message>
            <location filename="../algorithms/centrality.py" line="38" />
            <source>Resistance of a corridor from field</source>
            <translation>廊道阻力取自字段</translation>
        </message>
        <message>
            <extracomment>mcr:centrality</extracomment>
            <source>Numeric field with each corridor's resistance (&gt; 0): cwd (default, the cost-weighted distance) or eff_resist (from Pinch points).</source>
            <translation>存储各廊道阻力（&gt; 0）的数值字段：cwd（默认，成本加权距离）或 eff_resist（来自“廊道夹点”）。</translation>
        </message>
        <message>
            <location filename="../algorithms/centrality.py" line="44" />
            <source>Sources (polygons or points)</source>
            <translation>源地（面或点要素）</translation>
        </message>
        <message>
            <extracomment>mcr:centrality</extracomment>
            <source>The sources (polygons or points) whose ids the corridors name, e.g. the sources of Select ecological sources.</source>
            <translation>廊道所指源地编号对应的源地（面或点要素），例如“识别生态源地”输出的源地。</translation>
        </message>
        <message>
            <extracomment>mcr:centrality</extracomment>
            <source>Field of the sources holding their ids (source_id for Select ecological sources).</source>
            <translation>源地中存储编号的字段（“识别生态源地”的源地为 source_id）。</translation>
        </message>
        <message>
            <location filename="../algorithms/centrality.py" line="56" />
            <source>Corridors with their centrality</source>
            <translation>带中心度的廊道</translation>
        </message>
        <message>
            <extracomment>mcr:centrality</extracomment>
            <source>The corridors with current (A, summed over all pairs of sources) and current_rank (1 = most central).</source>
            <translation>带 current（电流，单位 A，对所有源地对求和）和 current_rank（1 = 中心度最高）字段的廊道。</translation>
        </message>
        <message>
            <location filename="../algorithms/centrality.py" line="61" />
            <source>Sources with their centrality</source>
            <translation>带中心度的源地</translation>
        </message>
        <message>
            <extracomment>mcr:centrality</extracomment>
            <source>The sources with current (Circuitscape's node current, CF_Central) and through_current (current passing through only).</source>
            <translation>带 current（Circuitscape 的节点电流，CF_Central）和 through_current（仅穿过的电流）字段的源地。</translation>
        </message>
        <message>
            <extracomment>mcr:centrality</extracomment>
            <source>Current-flow centrality of the network (Centrality Mapper)</source>
            <translation>网络电流中心度（Centrality Mapper）</translation>
        </message>
        <message>
            <extracomment>mcr:centrality</extracomment>
            <source>Ranks sources and corridors by the current they carry when 1 A flows between every pair of sources, as Linkage Mapper's Centrality Mapper does.</source>
            <translation>按 Linkage Mapper 的 Centrality Mapper 方法，在每对源地之间通以 1 A 电流时，按源地和廊道所承载的电流对其排序。</translation>
        </message>
        <message>
            <extracomment>mcr:centrality</extracomment>
            <source>&lt;p&gt;Linkage Mapper's &lt;b&gt;Centrality Mapper&lt;/b&gt; (Carroll, McRae &amp;amp; Brookes 2012; Linkage Mapper's &lt;code&gt;s7_centrality.py&lt;/code&gt;): the network of sources (nodes) and corridors (resistors, by default of resistance &lt;code&gt;cwd&lt;/code&gt;, the corridor's cost-weighted distance) is solved as a circuit with 1 A between every pair of sources in turn; the current each corridor and each source carries, summed over all pairs, is its &lt;b&gt;current-flow centrality&lt;/b&gt;. Corridors and sources that many routes depend on — the keystones of the network — carry the most.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Linkage Mapper 的 &lt;b&gt;Centrality Mapper&lt;/b&gt;（Carroll, McRae &amp;amp; Brookes 2012；Linkage Mapper 的 &lt;code&gt;s7_centrality.py&lt;/code&gt;）：由源地（节点）和廊道（电阻，默认阻值为 &lt;code&gt;cwd&lt;/code&gt;，即廊道的成本加权距离）组成的网络作为电路求解，依次在每对源地之间通以 1 A 电流；每条廊道和每个源地承载的电流对所有源地对求和，即其&lt;b&gt;电流中心度&lt;/b&gt;。许多路线所依赖的廊道和源地——网络的关键节点——承载的电流最大。&lt;/p&gt;</translation>
        </message>
        <message>
            <extracomment>mcr:centrality</extracomment>
            <source>&lt;p&gt;Outputs: the corridors with &lt;code&gt;current&lt;/code&gt; (summed absolute current) and &lt;code&gt;current_rank&lt;/code&gt; (1 = most central); the sources with &lt;code&gt;current&lt;/code&gt; (Circuitscape's node current: it counts the 1 A a source carries as a pair's end, as Linkage Mapper's CF_Central) and &lt;code&gt;through_current&lt;/code&gt; (only the current passing through, current-flow betweenness). Several corridors between one pair of sources act as parallel resistors. The network is solved exactly (dense, up to 1000 sources).&lt;/p&gt;</source>
            <translation>&lt;p&gt;输出：带 &lt;code&gt;current&lt;/code&gt;（电流绝对值之和）和 &lt;code&gt;current_rank&lt;/code&gt;（1 = 中心度最高）字段的廊道；带 &lt;code&gt;current&lt;/code&gt;（Circuitscape 的节点电流：计入源地作为源地对端点时承载的 1 A，与 Linkage Mapper 的 CF_Central 相同）和 &lt;code&gt;through_current&lt;/code&gt;（仅穿过的电流，即电流介数）字段的源地。同一对源地之间的多条廊道相当于并联电阻。网络精确求解（稠密矩阵，最多 1000 个源地）。&lt;/p&gt;</translation>
        </message>
        <message>
            <extracomment>mcr:centrality</extracomment>
            <source>&lt;p&gt;Not part of Li et al. (2020): an addition of this plugin from the Linkage Mapper toolkit. Use &lt;code&gt;eff_resist&lt;/code&gt; from &lt;i&gt;Pinch points&lt;/i&gt; as the resistance field to weigh corridors by their circuit resistance instead of their least cost.&lt;/p&gt;</source>
            <translation>&lt;p&gt;不属于 Li et al. (2020) 的方法：这是本插件从 Linkage Mapper 工具集引入的补充。将 &lt;code&gt;eff_resist&lt;/code&gt;（&lt;i&gt;廊道夹点&lt;/i&gt;的输出）用作阻力字段，即可按电路阻力而非最小成本为廊道加权。&lt;/p&gt;</translation>
        </message>
        <message>
            <extracomment>mcr:centrality</extracomment>
            <source>&lt;p&gt;Example: &lt;code&gt;qgis_process run mcr:centrality -- CORRIDORS=corridors.gpkg SOURCES=sources.gpkg CORRIDORS_OUTPUT=corridors_central.gpkg SOURCES_OUTPUT=sources_central.gpkg&lt;/code&gt;&lt;/p&gt;</source>
            <translation>&lt;p&gt;示例：&lt;code&gt;qgis_process run mcr:centrality -- CORRIDORS=corridors.gpkg SOURCES=sources.gpkg CORRIDORS_OUTPUT=corridors_central.gpkg SOURCES_OUTPUT=sources_central.gpkg&lt;/code&gt;&lt;/p&gt;</translation>
        </message>
        <message>
            <extracomment>mcr:centrality</extracomment>
            <source>centrality</source>
            <translation>中心度</translation>
        </message>
        <message>
            <extracomment>mcr:centrality</extracomment>
            <source>current flow</source>
            <translation>电流</translation>
        </message>
        <message>
            <extracomment>mcr:centrality</extracomment>
            <source>betweenness</source>
            <translation>介数</translation>
        </message>
        <message>
            <extracomment>mcr:centrality</extracomment>
            <source>Centrality Mapper</source>
            <translation>Centrality Mapper</translation>
        </message>
        <message>
            <extracomment>mcr:centrality</extracomment>
            <source>network</source>
            <translation>网络</translation>
        </message>
        <message>
            <extracomment>mcr:centrality</extracomment>
            <source>circuit theory</source>
            <translation>电路理论</translation>
        </message>
        <message>
            <extracomment>mcr:centrality</extracomment>
            <source>source</source>
            <translation>源地</translation>
        </message>
        <message>
            <extracomment>mcr:centrality</extracomment>
            <source>keystone</source>
            <translation>关键节点</translation>
        </message>
        <message>
            <location filename="../algorithms/current_flow.py" line="65" />
            <source>Mode</source>
            <translation>模式</translation>
        </message>
        <message>
            <location filename="../algorithms/current_flow.py" line="66" />
            <source>pairwise: 1 A between every pair of sources in turn</source>
            <translation>成对：依次在每对源地之间通以 1 A 电流</translation>
        </message>
        <message>
            <location filename="../algorithms/current_flow.py" line="67" />
            <source>one-to-all: 1 A into each source in turn, every other source grounded</source>
            <translation>一对多：依次向每个源地注入 1 A，其他所有源地接地</translation>
        </message>
        <message>
            <location filename="../algorithms/current_flow.py" line="68" />
            <source>all-to-one: each source grounded in turn, 1 A into every other source</source>
            <translation>多对一：依次将每个源地接地，向其他每个源地注入 1 A</translation>
        </message>
        <message>
            <extracomment>mcr:currentflow</extracomment>
            <source>Pairwise (default): 1 A between every pair of sources in turn. One-to-all: 1 A into each source in turn, all others grounded. All-to-one: each source grounded in turn, 1 A into every other.</source>
            <translation>成对（默认）：依次在每对源地之间通以 1 A 电流。一对多：依次向每个源地注入 1 A，其他所有源地接地。多对一：依次将每个源地接地，向其他每个源地注入 1 A。</translation>
        </message>
        <message>
            <extracomment>mcr:currentflow</extracomment>
            <source>Cells joined to their 4 edge neighbours, or to their 8 edge and corner neighbours (default; Circuitscape's default too). Diagonal resistors are √2 longer.</source>
            <translation>像元与其 4 个边相邻像元相连，或与其 8 个边和角点相邻像元相连（默认；也是 Circuitscape 的默认值）。对角线电阻长 √2 倍。</translation>
        </message>
        <message>
            <location filename="../algorithms/circuit_inputs.py" line="53" />
            <source>Resistance between two cells</source>
            <translation>两像元之间的电阻</translation>
        </message>
        <message>
            <location filename="../algorithms/circuit_inputs.py" line="54" />
            <source>average of the two resistances (Linkage Mapper; this plugin's cost rule)</source>
            <translation>两个阻力值的平均（Linkage Mapper；本插件的成本规则）</translation>
        </message>
        <message>
            <location filename="../algorithms/circuit_inputs.py" line="55" />
            <source>average of the two conductances (Circuitscape's default)</source>
            <translation>两个电导的平均（Circuitscape 的默认值）</translation>
        </message>
        <message>
            <extracomment>mcr:currentflow</extracomment>
            <source>How two neighbouring cells are joined. Average resistance (default): a resistor of (R_a + R_b) / 2 (× √2 diagonally), as Linkage Mapper sets Circuitscape and as this plugin's cost rule averages resistances. Average conductance: a conductance of (1/R_a + 1/R_b) / 2 (÷ √2 diagonally), Circuitscape's own default.</source>
            <translation>两个相邻像元如何连接。平均阻力（默认）：电阻为 (R_a + R_b) / 2（对角线 × √2），与 Linkage Mapper 对 Circuitscape 的设置相同，也与本插件成本规则对阻力取平均的做法一致。平均电导：电导为 (1/R_a + 1/R_b) / 2（对角线 ÷ √2），即 Circuitscape 自身的默认值。</translation>
        </message>
        <message>
            <location filename="../algorithms/current_flow.py" line="75" />
            <source>Short-circuit regions (raster of region ids)</source>
            <translation>短路区域（区域编号栅格）</translation>
        </message>
        <message>
            <extracomment>mcr:currentflow</extracomment>
            <source>Optional raster of region ids (integers &gt; 0; 0 or NoData outside): the cells of each region are joined with zero resistance, e.g. a lake or a reserve that animals cross freely. Resampled onto the resistance grid by nearest neighbour.</source>
            <translation>可选的区域编号栅格（整数 &gt; 0；区域外为 0 或无数据）：每个区域内的像元以零电阻相连，例如动物可自由穿越的湖泊或保护区。用最邻近法重采样到阻力面格网。</translation>
        </message>
        <message>
            <location filename="../algorithms/current_flow.py" line="79" />
            <source>Sources of many cells in pairwise mode</source>
            <translation>成对模式下多像元源地的处理</translation>
        </message>
        <message>
            <location filename="../algorithms/current_flow.py" line="80" />
            <source>all sources short-circuited at once (one factorisation)</source>
            <translation>所有源地同时短路（一次分解）</translation>
        </message>
        <message>
            <location filename="../algorithms/current_flow.py" line="81" />
            <source>only the pair's two sources short-circuited (Circuitscape; one factorisation per pair)</source>
            <translation>仅短路源地对的两个源地（Circuitscape；每对一次分解）</translation>
        </message>
        <message>
            <extracomment>mcr:currentflow</extracomment>
            <source>Pairwise mode with sources of many cells: short-circuit all sources at once (default; one factorisation; other sources act as stepping stones), or only the two sources of each pair (Circuitscape's rule; one factorisation per pair, slower). Equal for sources of one cell.</source>
            <translation>成对模式下由多个像元组成的源地：所有源地同时短路（默认；一次分解；其他源地充当踏脚石），或仅短路每对的两个源地（Circuitscape 的规则；每对一次分解，较慢）。单像元源地两者结果相同。</translation>
        </message>
        <message>
            <location filename="../algorithms/circuit_inputs.py" line="64" />
            <source>Solver</source>
            <translation>求解器</translation>
        </message>
        <message>
            <location filename="../algorithms/circuit_inputs.py" line="65" />
            <source>automatic</source>
            <translation>自动</translation>
        </message>
        <message>
            <location filename="../algorithms/circuit_inputs.py" line="65" />
            <source>direct (sparse LU factorisation)</source>
            <translation>直接法（稀疏 LU 分解）</translation>
        </message>
        <message>
            <location filename="../algorithms/circuit_inputs.py" line="66" />
            <source>conjugate gradients with algebraic multigrid (needs pyamg)</source>
            <translation>代数多重网格预条件共轭梯度法（需要 pyamg）</translation>
        </message>
        <message>
            <location filename="../algorithms/circuit_inputs.py" line="67" />
            <source>conjugate gradients with a Jacobi preconditioner</source>
            <translation>Jacobi 预条件共轭梯度法</translation>
        </message>
        <message>
            <extracomment>mcr:currentflow</extracomment>
            <source>Automatic (default): a sparse LU factorisation up to 1 million cells (exact, fast for many sources), beyond that conjugate gradients with an algebraic-multigrid preconditioner when the Python package pyamg is installed, else the factorisation if it fits in memory, else conjugate gradients with a Jacobi preconditioner (slow). The log says which solver ran. Iterative solvers stop at a relative residual of 1e-8.</source>
            <translation>自动（默认）：100 万像元以内用稀疏 LU 分解（精确，源地多时速度快）；超出时，若已安装 Python 包 pyamg，则用代数多重网格预条件共轭梯度法，否则在内存足够时仍用分解法，再不然用 Jacobi 预条件共轭梯度法（较慢）。日志会说明所用的求解器。迭代求解器在相对残差达到 1e-8 时停止。</translation>
        </message>
        <message>
            <location filename="../algorithms/current_flow.py" line="86" />
            <source>Cumulative current</source>
            <translation>累积电流</translation>
        </message>
        <message>
            <extracomment>mcr:currentflow</extracomment>
            <source>Cumulative current (Float32, amperes; NoData −9999): the current through every cell summed over all pairs (or iterations). High values carry much movement; narrow high bands are pinch points.</source>
            <translation>累积电流（Float32，单位安培；无数据值 −9999）：流经每个像元的电流对所有源地对（或迭代）求和。高值处承载大量移动；狭窄的高值带即夹点。</translation>
        </message>
        <message>
            <location filename="../algorithms/current_flow.py" line="89" />
            <source>Maximum current</source>
            <translation>最大电流</translation>
        </message>
        <message>
            <extracomment>mcr:currentflow</extracomment>
            <source>Largest current through each cell over all pairs (or iterations); optional.</source>
            <translation>流经每个像元的电流在所有源地对（或迭代）中的最大值；可选。</translation>
        </message>
        <message>
            <location filename="../algorithms/current_flow.py" line="94" />
            <source>Voltages (one band per source; one-to-all and all-to-one)</source>
            <translation>电压（每个源地一个波段；一对多和多对一模式）</translation>
        </message>
        <message>
            <extracomment>mcr:currentflow</extracomment>
            <source>One-to-all and all-to-one only: one band per source (band description names it) with the voltages of that iteration; optional.</source>
            <translation>仅限一对多和多对一模式：每个源地一个波段（波段描述为源地名），为该次迭代的电压；可选。</translation>
        </message>
        <message>
            <location filename="../algorithms/current_flow.py" line="100" />
            <source>Effective resistances (Circuitscape's matrix layout)</source>
            <translation>有效电阻（Circuitscape 的矩阵格式）</translation>
        </message>
        <message>
            <location filename="../algorithms/current_flow.py" line="101" />
            <source>CSV files (*.csv)</source>
            <translation>CSV 文件 (*.csv)</translation>
        </message>
        <message>
            <extracomment>mcr:currentflow</extracomment>
            <source>CSV of effective resistances in Circuitscape's layout (first row and column the source ids, -1 = disconnected).</source>
            <translation>Circuitscape 格式的有效电阻 CSV（第一行和第一列为源地编号，-1 = 不连通）。</translation>
        </message>
        <message>
            <location filename="../algorithms/current_flow.py" line="106" />
            <source>Effective resistances (one row per pair)</source>
            <translation>有效电阻（每对源地一行）</translation>
        </message>
        <message>
            <extracomment>mcr:currentflow</extracomment>
            <source>Table (no geometry) of effective resistances, one row per pair: from_id, to_id, eff_resist (-1 = disconnected). One-to-all / all-to-one: one row per source, to_id empty.</source>
            <translation>有效电阻表（无几何），每对源地一行：from_id、to_id、eff_resist（-1 = 不连通）。一对多/多对一：每个源地一行，to_id 为空。</translation>
        </message>
        <message>
            <location filename="../algorithms/current_flow.py" line="110" />
            <source>Solver used</source>
            <translation>所用求解器</translation>
        </message>
        <message>
            <extracomment>mcr:currentflow</extracomment>
            <source>Current flow between sources (circuit theory)</source>
            <translation>源地间电流（电路理论）</translation>
        </message>
        <message>
            <extracomment>mcr:currentflow</extracomment>
            <source>Computes current flow between ecological sources on the resistance surface, as Circuitscape does.</source>
            <translation>按 Circuitscape 的方法，在阻力面上计算生态源地之间的电流。</translation>
        </message>
        <message>
            <extracomment>mcr:currentflow</extracomment>
            <source>&lt;p&gt;&lt;b&gt;Circuit theory&lt;/b&gt; (McRae, Dickson, Keitt &amp;amp; Shah 2008, &lt;i&gt;Ecology&lt;/i&gt; 89:2712) treats the resistance surface as an electrical network: every cell is a node, neighbouring cells are joined by resistors, and current injected at one source flows to another along &lt;i&gt;every&lt;/i&gt; route at once, each carrying a share that falls with its resistance. Where a least-cost corridor shows the single cheapest route, the current map shows how movement spreads over all of them, and where it is funnelled. This is not part of Li et al. (2020), whose pattern rests on least-cost (MCR) analysis only; it is the complement most ecological-security-pattern studies after it add.&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;电路理论&lt;/b&gt;（McRae, Dickson, Keitt &amp;amp; Shah 2008，&lt;i&gt;Ecology&lt;/i&gt; 89:2712）将阻力面视为电路网络：每个像元是一个节点，相邻像元通过电阻相连，从一个源地注入的电流沿&lt;i&gt;所有&lt;/i&gt;路线同时流向另一个源地，每条路线分得的电流随其电阻增大而减小。最小成本廊道只显示成本最低的单一路线，而电流图显示移动如何分布在所有路线上，以及在何处汇聚。这不属于 Li et al. (2020) 的方法（其格局仅基于最小成本即最小累积阻力分析）；它是此后多数生态安全格局研究所补充的方法。&lt;/p&gt;</translation>
        </message>
        <message>
            <extracomment>mcr:currentflow</extracomment>
            <source>&lt;p&gt;This algorithm follows Circuitscape's conventions (Circuitscape.jl documentation and source):&lt;/p&gt;</source>
            <translation>&lt;p&gt;本算法遵循 Circuitscape 的约定（Circuitscape.jl 的文档和源代码）：&lt;/p&gt;</translation>
        </message>
        <message>
            <extracomment>mcr:currentflow</extracomment>
            <source>&lt;ul&gt; &lt;li&gt;NoData cells are removed; a source of many cells (a focal region) is one node, its cells joined with zero resistance; cells of one &lt;b&gt;short-circuit region&lt;/b&gt; (optional raster of region ids) are joined the same way, so two sources inside one region are 0 apart.&lt;/li&gt; &lt;li&gt;&lt;b&gt;Pairwise&lt;/b&gt; (default): 1 A enters one source and leaves at the other, for every pair in turn (the lower id at 0 V); the effective resistance of the pair is the voltage between them. &lt;b&gt;One-to-all&lt;/b&gt;: 1 A enters each source in turn while every other source is grounded; its value is that source's voltage. &lt;b&gt;All-to-one&lt;/b&gt;: each source in turn is grounded while 1 A enters every other source (effective resistances are undefined there and written as 0, as Circuitscape does).&lt;/li&gt; &lt;li&gt;The current at a cell is the larger of the total current flowing into it and the total flowing out (Circuitscape's node current), summed over all pairs or iterations (&lt;b&gt;cumulative current&lt;/b&gt;); the &lt;b&gt;maximum current&lt;/b&gt; keeps the largest over them.&lt;/li&gt; &lt;li&gt;Sources on NoData, or cut off from every other source, are &lt;b&gt;disconnected&lt;/b&gt;: -1 in the tables, as Circuitscape writes it, and a warning in the log — not an error.&lt;/li&gt; &lt;/ul&gt;</source>
            <translation>&lt;ul&gt; &lt;li&gt;无数据像元被移除；由多个像元组成的源地（焦点区域）是一个节点，其像元以零电阻相连；同一&lt;b&gt;短路区域&lt;/b&gt;（可选的区域编号栅格）内的像元也以同样方式相连，因此位于同一区域内的两个源地之间距离为 0。&lt;/li&gt; &lt;li&gt;&lt;b&gt;成对&lt;/b&gt;（默认）：1 A 电流从一个源地流入、从另一个源地流出，依次对每对源地进行（编号较小者为 0 V）；源地对的有效电阻即二者之间的电压。&lt;b&gt;一对多&lt;/b&gt;：依次向每个源地注入 1 A，其他所有源地接地；其值为该源地的电压。&lt;b&gt;多对一&lt;/b&gt;：依次将每个源地接地，向其他每个源地注入 1 A（此时有效电阻无定义，与 Circuitscape 一样写为 0）。&lt;/li&gt; &lt;li&gt;像元的电流取流入该像元的总电流与流出的总电流中的较大者（Circuitscape 的节点电流），对所有源地对或迭代求和（&lt;b&gt;累积电流&lt;/b&gt;）；&lt;b&gt;最大电流&lt;/b&gt;保留其中的最大值。&lt;/li&gt; &lt;li&gt;位于无数据上、或与其他所有源地隔断的源地为&lt;b&gt;不连通&lt;/b&gt;：与 Circuitscape 一样在表中写为 -1，并在日志中给出警告——不是错误。&lt;/li&gt; &lt;/ul&gt;</translation>
        </message>
        <message>
            <extracomment>mcr:currentflow</extracomment>
            <source>&lt;p&gt;Choices of this plugin, said plainly: resistors average the two resistances by default (Linkage Mapper's setting and this plugin's cost rule; Circuitscape's own default averages conductances — choose it under &lt;i&gt;Resistance between two cells&lt;/i&gt;); in pairwise mode every source is short-circuited at once, so other sources act as stepping stones and one factorisation serves all pairs (Circuitscape short-circuits only the two sources of each pair — an advanced option, one factorisation per pair; identical for sources of one cell). Effective resistances are in Circuitscape's units (resistance of one cell); multiply by the cell size for cost units, as Linkage Mapper does.&lt;/p&gt;</source>
            <translation>&lt;p&gt;本插件的选择，明确说明如下：默认情况下电阻取两个阻力值的平均（Linkage Mapper 的设置，也是本插件的成本规则；Circuitscape 自身的默认值是对电导取平均——可在&lt;i&gt;两像元之间的电阻&lt;/i&gt;中选择）；成对模式下所有源地同时短路，因此其他源地充当踏脚石，且一次分解即可用于所有源地对（Circuitscape 只短路每对的两个源地——这是高级选项，每对一次分解；单像元源地两者结果相同）。有效电阻采用 Circuitscape 的单位（一个像元的阻力）；与 Linkage Mapper 一样，乘以像元大小即得成本单位。&lt;/p&gt;</translation>
        </message>
        <message>
            <extracomment>mcr:currentflow</extracomment>
            <source>&lt;p&gt;&lt;b&gt;Tables&lt;/b&gt;: the CSV file has Circuitscape's &lt;code&gt;_resistances.out&lt;/code&gt; layout — the first row and column hold the source ids, 0 in the corner (one-to-all and all-to-one: two columns, id and value); the table layer has one row per pair: &lt;code&gt;from_id, to_id, eff_resist&lt;/code&gt;.&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;表格&lt;/b&gt;：CSV 文件采用 Circuitscape 的 &lt;code&gt;_resistances.out&lt;/code&gt; 格式——第一行和第一列为源地编号，左上角为 0（一对多和多对一：两列，编号和值）；表格图层每对源地一行：&lt;code&gt;from_id, to_id, eff_resist&lt;/code&gt;。&lt;/p&gt;</translation>
        </message>
        <message>
            <extracomment>mcr:currentflow</extracomment>
            <source>&lt;p&gt;&lt;b&gt;Solver and memory&lt;/b&gt;: the network is solved exactly (a sparse factorisation reused for every source; conjugate gradients with algebraic multigrid on very large grids when pyamg is installed). A 1000 × 1000 grid takes seconds to tens of seconds and 1–3 GB; the log gives the estimate before the work starts and the solver used.&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;求解器与内存&lt;/b&gt;：网络精确求解（稀疏分解对每个源地重复使用；格网非常大且已安装 pyamg 时，使用代数多重网格共轭梯度法）。1000 × 1000 的格网需要几秒到几十秒，内存 1–3 GB；日志会在计算开始前给出估计值以及所用的求解器。&lt;/p&gt;</translation>
        </message>
        <message>
            <extracomment>mcr:currentflow</extracomment>
            <source>&lt;p&gt;Example: &lt;code&gt;qgis_process run mcr:currentflow -- RESISTANCE=resistance.tif SOURCES_RASTER=source_ids.tif OUTPUT=current.tif RESISTANCE_MATRIX=resistances.csv RESISTANCE_TABLE=resistances.gpkg&lt;/code&gt;&lt;/p&gt;</source>
            <translation>&lt;p&gt;示例：&lt;code&gt;qgis_process run mcr:currentflow -- RESISTANCE=resistance.tif SOURCES_RASTER=source_ids.tif OUTPUT=current.tif RESISTANCE_MATRIX=resistances.csv RESISTANCE_TABLE=resistances.gpkg&lt;/code&gt;&lt;/p&gt;</translation>
        </message>
        <message>
            <extracomment>mcr:currentflow</extracomment>
            <source>Circuitscape</source>
            <translation>Circuitscape</translation>
        </message>
        <message>
            <extracomment>mcr:currentflow</extracomment>
            <source>current</source>
            <translation>电流</translation>
        </message>
        <message>
            <extracomment>mcr:currentflow</extracomment>
            <source>current density</source>
            <translation>电流密度</translation>
        </message>
        <message>
            <extracomment>mcr:currentflow</extracomment>
            <source>effective resistance</source>
            <translation>有效电阻</translation>
        </message>
        <message>
            <extracomment>mcr:currentflow</extracomment>
            <source>voltage</source>
            <translation>电压</translation>
        </message>
        <message>
            <extracomment>mcr:currentflow</extracomment>
            <source>resistance distance</source>
            <translation>电阻距离</translation>
        </message>
        <message>
            <extracomment>mcr:currentflow</extracomment>
            <source>McRae</source>
            <translation>McRae</translation>
        </message>
        <message>
            <location filename="../algorithms/circuit_inputs.py" line="191" />
            <source>pairwise</source>
            <translation>成对</translation>
        </message>
        <message>
            <location filename="../algorithms/circuit_inputs.py" line="191" />
            <source>one-to-all</source>
            <translation>一对多</translation>
        </message>
        <message>
            <location filename="../algorithms/circuit_inputs.py" line="191" />
            <source>all-to-one</source>
            <translation>多对一</translation>
        </message>
        <message>
            <extracomment>mcr:pinchpoints</extracomment>
            <source>Corridor lines with the fields from_source and to_source (the ids of the two sources each corridor joins), for example the corridors of Ecological corridors, so that the same sources are meant. Several corridors of one pair of sources are one pair here.</source>
            <translation>廊道线，含字段 from_source 和 to_source（各廊道所连接两个源地的编号），例如“生态廊道”输出的廊道，以确保指的是同一组源地。同一对源地的多条廊道在此视为一对。</translation>
        </message>
        <message>
            <location filename="../algorithms/pinch_points.py" line="47" />
            <source>Corridor width cut-off (cost units)</source>
            <translation>廊道宽度截断值（成本单位）</translation>
        </message>
        <message>
            <extracomment>mcr:pinchpoints</extracomment>
            <source>Width of each corridor in cost units: cells within this much of the least-cost path's cost (D_a + D_b − LCD ≤ cut-off) form the corridor's circuit. Larger values give wider corridors and longer runs.</source>
            <translation>各廊道的宽度，以成本单位计：成本与最小成本路径之差在此值以内（D_a + D_b − LCD ≤ 截断值）的像元构成该廊道的电路。值越大，廊道越宽，运行时间越长。</translation>
        </message>
        <message>
            <location filename="../algorithms/pinch_points.py" line="54" />
            <source>Pinch points (current)</source>
            <translation>夹点（电流）</translation>
        </message>
        <message>
            <extracomment>mcr:pinchpoints</extracomment>
            <source>Pinch-point current (Float32, amperes; NoData −9999 outside every corridor and on the corridor's own sources): 1 A between the two sources of each corridor, combined by maximum.</source>
            <translation>夹点电流（Float32，单位安培；所有廊道以外以及廊道自身的源地上为无数据值 −9999）：在每条廊道的两个源地之间通以 1 A 电流，按最大值合并。</translation>
        </message>
        <message>
            <location filename="../algorithms/pinch_points.py" line="57" />
            <source>Corridors with effective resistance</source>
            <translation>带有效电阻的廊道</translation>
        </message>
        <message>
            <extracomment>mcr:pinchpoints</extracomment>
            <source>The corridors with eff_resist (effective resistance, cost units; -1 = not solved) and cwd_to_eff_resist (cost-weighted distance / eff_resist).</source>
            <translation>带 eff_resist（有效电阻，成本单位；-1 = 未求解）和 cwd_to_eff_resist（成本加权距离 / eff_resist）字段的廊道。</translation>
        </message>
        <message>
            <extracomment>mcr:pinchpoints</extracomment>
            <source>Pinch points of corridors (circuit theory)</source>
            <translation>廊道夹点（电路理论）</translation>
        </message>
        <message>
            <extracomment>mcr:pinchpoints</extracomment>
            <source>Maps the pinch points of each corridor with current flow restricted to the corridor, as Linkage Mapper's Pinchpoint Mapper does.</source>
            <translation>按 Linkage Mapper 的 Pinchpoint Mapper 方法，将电流限制在廊道内，识别每条廊道的夹点。</translation>
        </message>
        <message>
            <extracomment>mcr:pinchpoints</extracomment>
            <source>&lt;p&gt;Linkage Mapper's &lt;b&gt;Pinchpoint Mapper&lt;/b&gt; (McRae 2012; Linkage Mapper's &lt;code&gt;s8_pinchpoints.py&lt;/code&gt;): for every pair of sources joined by a corridor, the cells whose detour through them costs at most the &lt;b&gt;width cut-off&lt;/b&gt; more than the least-cost path — D&lt;sub&gt;a&lt;/sub&gt; + D&lt;sub&gt;b&lt;/sub&gt; − LCD ≤ cut-off, the normalised least-cost corridor — form a small circuit; 1 A flows from one source to the other through it, and the current of every cell is mapped. Where the corridor narrows, all the current must pass through few cells: those are the &lt;b&gt;pinch points&lt;/b&gt;, where losing a little habitat would cut the link. Current is combined over corridors by maximum; the two sources of each corridor are NoData in its current, as Linkage Mapper sets them.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Linkage Mapper 的 &lt;b&gt;Pinchpoint Mapper&lt;/b&gt;（McRae 2012；Linkage Mapper 的 &lt;code&gt;s8_pinchpoints.py&lt;/code&gt;）：对每一对由廊道连接的源地，绕经其自身的成本比最小成本路径至多高出&lt;b&gt;宽度截断值&lt;/b&gt;的像元——D&lt;sub&gt;a&lt;/sub&gt; + D&lt;sub&gt;b&lt;/sub&gt; − LCD ≤ 截断值，即归一化最小成本廊道——构成一个小电路；1 A 电流经此电路从一个源地流向另一个源地，并绘出每个像元的电流。廊道变窄处，全部电流必须经过少数像元：这些就是&lt;b&gt;夹点&lt;/b&gt;，在此处损失少量生境就会切断连接。各廊道的电流按最大值合并；与 Linkage Mapper 的设置一样，每条廊道的两个源地在其电流中为无数据。&lt;/p&gt;</translation>
        </message>
        <message>
            <extracomment>mcr:pinchpoints</extracomment>
            <source>&lt;p&gt;Each corridor of the corridor layer gets &lt;code&gt;eff_resist&lt;/code&gt;, the effective resistance of its corridor circuit × the cell size (cost units, as Linkage Mapper reports it; -1 when no corridor within the cut-off joins the pair), and &lt;code&gt;cwd_to_eff_resist&lt;/code&gt; = the corridor's cost-weighted distance / eff_resist: 1 for a corridor one cell wide, and about the number of parallel routes (the corridor's effective width in cells) where it is wider — a low ratio marks a corridor that hangs on few routes. Several corridors of one pair (saddle mode of Ecological corridors) share the pair's circuit.&lt;/p&gt;</source>
            <translation>&lt;p&gt;廊道图层的每条廊道得到 &lt;code&gt;eff_resist&lt;/code&gt;，即其廊道电路的有效电阻 × 像元大小（成本单位，与 Linkage Mapper 的报告方式相同；截断值以内没有廊道连接该源地对时为 -1），以及 &lt;code&gt;cwd_to_eff_resist&lt;/code&gt; = 该廊道的成本加权距离 / eff_resist：宽度为一个像元的廊道为 1，廊道较宽处约等于平行路线数（即以像元计的廊道有效宽度）——比值低表示廊道仅依赖少数路线。同一源地对的多条廊道（“生态廊道”的鞍部方式）共用该源地对的电路。&lt;/p&gt;</translation>
        </message>
        <message>
            <extracomment>mcr:pinchpoints</extracomment>
            <source>&lt;p&gt;Not part of Li et al. (2020): an addition of this plugin from the Linkage Mapper toolkit. Circuit conventions: see &lt;i&gt;Current flow between sources&lt;/i&gt;; each cell is one resistor, so square cells are required. The cut-off is a width in cost units (resistance × metres): the default, 2000, lets a route cost up to 2000 more than the least-cost path — 2 km more of resistance-1 land, 200 m more of resistance 10. Linkage Mapper's own default, 10 000, is meant for its users' resistances of 1 to hundreds; on the paper's 1–10 scale it makes corridors that fill most of the map (and runs slowly).&lt;/p&gt;</source>
            <translation>&lt;p&gt;不属于 Li et al. (2020) 的方法：这是本插件从 Linkage Mapper 工具集引入的补充。电路约定：见&lt;i&gt;源地间电流&lt;/i&gt;；每个像元是一个电阻，因此要求像元为正方形。截断值是以成本单位（阻力 × 米）计的宽度：默认值 2000 允许路线成本比最小成本路径至多高出 2000——相当于多走 2 km 阻力为 1 的土地，或多走 200 m 阻力为 10 的土地。Linkage Mapper 自身的默认值 10 000 是针对其用户常用的 1 至数百的阻力值设定的；在原文的 1–10 阻力等级上，它得到的廊道会覆盖地图的大部分（且运行缓慢）。&lt;/p&gt;</translation>
        </message>
        <message>
            <extracomment>mcr:pinchpoints</extracomment>
            <source>&lt;p&gt;Example: &lt;code&gt;qgis_process run mcr:pinchpoints -- RESISTANCE=resistance.tif SOURCES_RASTER=source_ids.tif CORRIDORS=corridors.gpkg CUTOFF=10000 OUTPUT=pinchpoints.tif CORRIDORS_OUTPUT=corridors_eff.gpkg&lt;/code&gt;&lt;/p&gt;</source>
            <translation>&lt;p&gt;示例：&lt;code&gt;qgis_process run mcr:pinchpoints -- RESISTANCE=resistance.tif SOURCES_RASTER=source_ids.tif CORRIDORS=corridors.gpkg CUTOFF=10000 OUTPUT=pinchpoints.tif CORRIDORS_OUTPUT=corridors_eff.gpkg&lt;/code&gt;&lt;/p&gt;</translation>
        </message>
        <message>
            <extracomment>mcr:pinchpoints</extracomment>
            <source>pinch point</source>
            <translation>夹点</translation>
        </message>
        <message>
            <extracomment>mcr:pinchpoints</extracomment>
            <source>pinchpoint</source>
            <translation>夹点</translation>
        </message>
        <message>
            <extracomment>mcr:pinchpoints</extracomment>
            <source>bottleneck</source>
            <translation>瓶颈</translation>
        </message>
        <message>
            <location filename="../algorithms/compare_patterns.py" line="78" />
            <source>Ecological sources, one layer per epoch (oldest first)</source>
            <translation>生态源地，每期一个图层（从早到晚）</translation>
        </message>
        <message>
            <extracomment>mcr:comparepatterns</extracomment>
            <source>Ecological source polygons of each epoch, oldest first (for example the outputs of Select ecological sources).</source>
            <translation>各时期的生态源地面要素，从早到晚排列（例如“识别生态源地”的输出）。</translation>
        </message>
        <message>
            <location filename="../algorithms/compare_patterns.py" line="83" />
            <source>Epoch labels (e.g. 2009, 2013, 2018)</source>
            <translation>时期标签（例如 2009, 2013, 2018）</translation>
        </message>
        <message>
            <extracomment>mcr:comparepatterns</extracomment>
            <source>One label per epoch, separated by commas, in the same order (e.g. 2009, 2013, 2018). Default: epoch 1, epoch 2, …</source>
            <translation>每期一个标签，以逗号分隔，顺序相同（例如 2009, 2013, 2018）。默认：第 1 期、第 2 期、…</translation>
        </message>
        <message>
            <extracomment>mcr:comparepatterns</extracomment>
            <source>Corridors, one layer per epoch</source>
            <translation>生态廊道，每期一个图层</translation>
        </message>
        <message>
            <extracomment>mcr:comparepatterns</extracomment>
            <source>Optional corridor layers, one per epoch in the same order; their feature counts fill the corridors column.</source>
            <translation>可选的廊道图层，每期一个，顺序相同；其要素数填入廊道数一列。</translation>
        </message>
        <message>
            <extracomment>mcr:comparepatterns</extracomment>
            <source>Ecological nodes, one layer per epoch</source>
            <translation>生态节点，每期一个图层</translation>
        </message>
        <message>
            <extracomment>mcr:comparepatterns</extracomment>
            <source>Optional ecological node layers, one per epoch in the same order.</source>
            <translation>可选的生态节点图层，每期一个，顺序相同。</translation>
        </message>
        <message>
            <extracomment>mcr:comparepatterns</extracomment>
            <source>Radiation channels, one layer per epoch</source>
            <translation>辐射道，每期一个图层</translation>
        </message>
        <message>
            <extracomment>mcr:comparepatterns</extracomment>
            <source>Optional radiation channel layers, one per epoch in the same order.</source>
            <translation>可选的辐射道图层，每期一个，顺序相同。</translation>
        </message>
        <message>
            <extracomment>mcr:comparepatterns</extracomment>
            <source>MCR surfaces, one raster per epoch</source>
            <translation>最小累积阻力面，每期一个栅格</translation>
        </message>
        <message>
            <extracomment>mcr:comparepatterns</extracomment>
            <source>Optional MCR surface rasters, one per epoch in the same order; their mean over reachable cells fills the mean MCR column.</source>
            <translation>可选的最小累积阻力面栅格，每期一个，顺序相同；其可达像元的平均值填入平均最小累积阻力一列。</translation>
        </message>
        <message>
            <location filename="../algorithms/compare_patterns.py" line="94" />
            <source>A channel goes on when it stays within (m)</source>
            <translation>辐射道延续的距离容差（m）</translation>
        </message>
        <message>
            <extracomment>mcr:comparepatterns</extracomment>
            <source>A radiation channel goes on into the next epoch when a channel of its source's successor runs within this distance of it (discrete Hausdorff distance, m). Default 500 m.</source>
            <translation>若某条辐射道所属源地的后继源地有一条辐射道在此距离（离散 Hausdorff 距离，m）以内，则认为该辐射道延续到下一期。默认 500 m。</translation>
        </message>
        <message>
            <location filename="../algorithms/compare_patterns.py" line="99" />
            <source>Comparison table</source>
            <translation>对比表</translation>
        </message>
        <message>
            <extracomment>mcr:comparepatterns</extracomment>
            <source>Table (no geometry) with epoch, source_area_km2, change_km2, sources, corridors, nodes, channels and mean_mcr.</source>
            <translation>表格（无几何），字段为 epoch、source_area_km2、change_km2、sources、corridors、nodes、channels 和 mean_mcr。</translation>
        </message>
        <message>
            <location filename="../algorithms/compare_patterns.py" line="103" />
            <source>Source gain, loss and stable area (first to last epoch)</source>
            <translation>源地增加、减少和稳定的区域（首期到末期）</translation>
        </message>
        <message>
            <extracomment>mcr:comparepatterns</extracomment>
            <source>Source area gained, lost and stable between the first and the last epoch (field change, area_km2).</source>
            <translation>首期与末期之间源地增加、减少和保持稳定的面积（字段 change、area_km2）。</translation>
        </message>
        <message>
            <location filename="../algorithms/compare_patterns.py" line="109" />
            <source>Corridor changes between consecutive epochs</source>
            <translation>相邻两期之间的廊道变化</translation>
        </message>
        <message>
            <extracomment>mcr:comparepatterns</extracomment>
            <source>Corridor changes between consecutive epochs (needs the corridors): from_epoch, to_epoch, status (kept, new, lost), from_source, to_source, cwd_before, cwd_after, cwd_change_pct, length_before_m, length_after_m, length_change_m, route_shift_m, node_shift_m.</source>
            <translation>相邻两期之间的廊道变化（需要廊道）：from_epoch、to_epoch、status（kept 保留、new 新增、lost 消失）、from_source、to_source、cwd_before、cwd_after、cwd_change_pct、length_before_m、length_after_m、length_change_m、route_shift_m、node_shift_m。</translation>
        </message>
        <message>
            <location filename="../algorithms/compare_patterns.py" line="115" />
            <source>HTML report</source>
            <translation>HTML 报告</translation>
        </message>
        <message>
            <location filename="../algorithms/compare_patterns.py" line="115" />
            <source>HTML files (*.html)</source>
            <translation>HTML 文件 (*.html)</translation>
        </message>
        <message>
            <extracomment>mcr:comparepatterns</extracomment>
            <source>HTML report with the comparison table, the gain/loss areas, what changed in corridors, a map of each epoch and the inputs, versions and date it was made from.</source>
            <translation>HTML 报告，包括对比表、增减面积、廊道的变化、各期地图，以及生成报告所依据的输入、版本和日期。</translation>
        </message>
        <message>
            <extracomment>mcr:comparepatterns</extracomment>
            <source>Compare security patterns between years</source>
            <translation>生态安全格局多年对比</translation>
        </message>
        <message>
            <extracomment>mcr:comparepatterns</extracomment>
            <source>5 · Comparison</source>
            <translation>5 · 多年对比</translation>
        </message>
        <message>
            <extracomment>mcr:comparepatterns</extracomment>
            <source>Compares the ecological security patterns of several years in a table, change polygons and an HTML report.</source>
            <translation>以表格、变化面要素和 HTML 报告对比多个年份的生态安全格局。</translation>
        </message>
        <message>
            <extracomment>mcr:comparepatterns</extracomment>
            <source>&lt;p&gt;The multi-year comparison of Li et al. (2020, §4 and Table 4): for every epoch (e.g. 2009, 2013, 2018) the total area of the ecological sources, its change from the previous epoch, and the numbers of sources, corridors, ecological nodes and radiation channels (the paper's §4.2 counts), plus the mean MCR value when the MCR surfaces are given.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Li et al. (2020，第 4 节及表 4) 的多年对比：对每一期（例如 2009、2013、2018 年）给出生态源地总面积、相对上一期的变化，以及源地、廊道、生态节点和辐射道的数量（原文第 4.2 节的计数）；给出最小累积阻力面时，还给出最小累积阻力平均值。&lt;/p&gt;</translation>
        </message>
        <message>
            <extracomment>mcr:comparepatterns</extracomment>
            <source>&lt;p&gt;Give the layers of each kind in epoch order, oldest first, one per epoch (the outputs of the whole chain, or of the single algorithms, run for each year). The source area is the area of the union of an epoch's source polygons, in km² from the CRS of the first layer (planar in a projected CRS, ellipsoidal in a geographic one). Counts are feature counts of the layers given.&lt;/p&gt;</source>
            <translation>&lt;p&gt;按时期顺序（从早到晚）给出各类图层，每期一个（完整流程或各单独算法对每个年份运行的输出）。源地面积是一期中所有源地面要素并集的面积，单位 km²，按第一个图层的坐标参考系计算（投影坐标参考系下按平面计算，地理坐标参考系下按椭球面计算）。计数即所给图层的要素数。&lt;/p&gt;</translation>
        </message>
        <message>
            <extracomment>mcr:comparepatterns</extracomment>
            <source>&lt;p&gt;The change layer holds the source area gained, lost and kept between the first and the last epoch (one multipolygon each, with its area).&lt;/p&gt;</source>
            <translation>&lt;p&gt;变化图层存储首期与末期之间源地增加、减少和保持不变的区域（各一个多面要素，附面积）。&lt;/p&gt;</translation>
        </message>
        <message>
            <extracomment>mcr:comparepatterns</extracomment>
            <source>&lt;p&gt;&lt;b&gt;What changed in corridors&lt;/b&gt; (this plugin's addition), between each epoch and the next, when the corridors are given: source ids are numbered anew in every epoch, so each source is followed into the next epoch by overlap (the later source it overlaps most); a corridor goes on as the corridor between the successors of its two sources whose route is closest (discrete Hausdorff distance). For each such corridor: the change of its cost-weighted distance, of its length, the &lt;b&gt;route shift&lt;/b&gt; (Hausdorff distance between the two lines, m) and, with the nodes, the &lt;b&gt;node shift&lt;/b&gt; (m); corridors with no match are &lt;i&gt;new&lt;/i&gt; or &lt;i&gt;lost&lt;/i&gt;, with their nodes. With the channels, the report counts channels that go on (within the tolerance), new and lost. A new mine across a corridor thus shows as a higher cwd, a longer route and a route shift of hundreds of metres even when the counts stay the same. The corridor-change layer holds one line per corridor (the later line, or the lost one) with these fields; the HTML report has a section per pair of epochs.&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;廊道的变化&lt;/b&gt;（本插件新增），在给出廊道时逐对比较相邻两期：源地编号在每一期重新编排，因此按重叠关系将每个源地追踪到下一期（与其重叠最多的后期源地）；一条廊道延续为其两个源地的后继源地之间、路线最接近的那条廊道（离散 Hausdorff 距离）。对每条这样的廊道给出：成本加权距离的变化、长度的变化、&lt;b&gt;路线偏移&lt;/b&gt;（两条线之间的 Hausdorff 距离，m），以及给出节点时的&lt;b&gt;节点偏移&lt;/b&gt;（m）；没有匹配的廊道为&lt;i&gt;新增&lt;/i&gt;或&lt;i&gt;消失&lt;/i&gt;，其节点亦然。给出辐射道时，报告统计延续（在容差以内）、新增和消失的辐射道数。因此，即使数量不变，一座横穿廊道的新矿也会表现为 cwd 升高、路线变长以及数百米的路线偏移。廊道变化图层每条廊道一条线（后期的线，或消失的那条线），带有上述字段；HTML 报告对每对相邻时期各有一节。&lt;/p&gt;</translation>
        </message>
        <message>
            <extracomment>mcr:comparepatterns</extracomment>
            <source>&lt;p&gt;The HTML report shows the tables with their units, a map of each epoch (when the layers are files: the same extent and one MCR colour range for every epoch, north arrow and scale bar) and how it was made: the input files, the settings, the CRS, the plugin and QGIS versions and the date. It opens in the Results Viewer or any browser. A table written as .csv gets a .csvt beside it, so that QGIS reads its numbers as numbers.&lt;/p&gt;</source>
            <translation>&lt;p&gt;HTML 报告给出带单位的表格、各期地图（图层为文件时：各期采用相同范围和相同的最小累积阻力色带，附指北针和比例尺），以及报告的生成方式：输入文件、参数设置、坐标参考系、插件和 QGIS 版本以及日期。可在结果查看器或任意浏览器中打开。写为 .csv 的表格旁会附带一个 .csvt 文件，使 QGIS 将其中的数字读作数值。&lt;/p&gt;</translation>
        </message>
        <message>
            <extracomment>mcr:comparepatterns</extracomment>
            <source>&lt;p&gt;Example: &lt;code&gt;qgis_process run mcr:comparepatterns -- SOURCES=s2009.gpkg SOURCES=s2013.gpkg SOURCES=s2018.gpkg LABELS="2009,2013,2018" OUTPUT=table.csv CHANGE=change.gpkg OUTPUT_HTML=report.html&lt;/code&gt;&lt;/p&gt;</source>
            <translation>&lt;p&gt;示例：&lt;code&gt;qgis_process run mcr:comparepatterns -- SOURCES=s2009.gpkg SOURCES=s2013.gpkg SOURCES=s2018.gpkg LABELS="2009,2013,2018" OUTPUT=table.csv CHANGE=change.gpkg OUTPUT_HTML=report.html&lt;/code&gt;&lt;/p&gt;</translation>
        </message>
        <message>
            <extracomment>mcr:comparepatterns</extracomment>
            <source>comparison</source>
            <translation>对比</translation>
        </message>
        <message>
            <extracomment>mcr:comparepatterns</extracomment>
            <source>change</source>
            <translation>变化</translation>
        </message>
        <message>
            <extracomment>mcr:comparepatterns</extracomment>
            <source>multi-year</source>
            <translation>多年</translation>
        </message>
        <message>
            <extracomment>mcr:comparepatterns</extracomment>
            <source>time series</source>
            <translation>时间序列</translation>
        </message>
        <message>
            <extracomment>mcr:comparepatterns</extracomment>
            <source>report</source>
            <translation>报告</translation>
        </message>
        <message>
            <extracomment>style classes (algorithms/palette.py)</extracomment>
            <source>0 · source cell</source>
            <translation>0 · 源地像元</translation>
        </message>
        <message>
            <extracomment>style classes (algorithms/palette.py)</extracomment>
            <source>1 · from N (north)</source>
            <translation>1 · 来自 N（北）</translation>
        </message>
        <message>
            <extracomment>style classes (algorithms/palette.py)</extracomment>
            <source>2 · from NE (north-east)</source>
            <translation>2 · 来自 NE（东北）</translation>
        </message>
        <message>
            <extracomment>style classes (algorithms/palette.py)</extracomment>
            <source>3 · from E (east)</source>
            <translation>3 · 来自 E（东）</translation>
        </message>
        <message>
            <extracomment>style classes (algorithms/palette.py)</extracomment>
            <source>4 · from SE (south-east)</source>
            <translation>4 · 来自 SE（东南）</translation>
        </message>
        <message>
            <extracomment>style classes (algorithms/palette.py)</extracomment>
            <source>5 · from S (south)</source>
            <translation>5 · 来自 S（南）</translation>
        </message>
        <message>
            <extracomment>style classes (algorithms/palette.py)</extracomment>
            <source>6 · from SW (south-west)</source>
            <translation>6 · 来自 SW（西南）</translation>
        </message>
        <message>
            <extracomment>style classes (algorithms/palette.py)</extracomment>
            <source>7 · from W (west)</source>
            <translation>7 · 来自 W（西）</translation>
        </message>
        <message>
            <extracomment>style classes (algorithms/palette.py)</extracomment>
            <source>8 · from NW (north-west)</source>
            <translation>8 · 来自 NW（西北）</translation>
        </message>
        <message>
            <extracomment>style classes (algorithms/palette.py)</extracomment>
            <source>9 · from NNE (north-north-east)</source>
            <translation>9 · 来自 NNE（北东北）</translation>
        </message>
        <message>
            <extracomment>style classes (algorithms/palette.py)</extracomment>
            <source>10 · from ENE (east-north-east)</source>
            <translation>10 · 来自 ENE（东东北）</translation>
        </message>
        <message>
            <extracomment>style classes (algorithms/palette.py)</extracomment>
            <source>11 · from ESE (east-south-east)</source>
            <translation>11 · 来自 ESE（东东南）</translation>
        </message>
        <message>
            <extracomment>style classes (algorithms/palette.py)</extracomment>
            <source>12 · from SSE (south-south-east)</source>
            <translation>12 · 来自 SSE（南东南）</translation>
        </message>
        <message>
            <extracomment>style classes (algorithms/palette.py)</extracomment>
            <source>13 · from SSW (south-south-west)</source>
            <translation>13 · 来自 SSW（南西南）</translation>
        </message>
        <message>
            <extracomment>style classes (algorithms/palette.py)</extracomment>
            <source>14 · from WSW (west-south-west)</source>
            <translation>14 · 来自 WSW（西西南）</translation>
        </message>
        <message>
            <extracomment>style classes (algorithms/palette.py)</extracomment>
            <source>15 · from WNW (west-north-west)</source>
            <translation>15 · 来自 WNW（西西北）</translation>
        </message>
        <message>
            <extracomment>style classes (algorithms/palette.py)</extracomment>
            <source>16 · from NNW (north-north-west)</source>
            <translation>16 · 来自 NNW（北西北）</translation>
        </message>
        <message>
            <location filename="../algorithms/barriers.py" line="41" />
            <source>Give at least one window radius in metres, e.g. 100, 200, 300.</source>
            <translation>请至少给出一个以米为单位的窗口半径，例如 100, 200, 300。</translation>
        </message>
        <message>
            <location filename="../algorithms/barriers.py" line="142" />
            <source>Cost surfaces of the sources and window minima</source>
            <translation>计算各源地的成本面和窗口最小值</translation>
        </message>
        <message>
            <location filename="../algorithms/barriers.py" line="105" />
            <source>The resistance of a restored cell must be &gt; 0 (Linkage Mapper uses 1).</source>
            <translation>修复后像元的阻力值必须 &gt; 0（Linkage Mapper 使用 1）。</translation>
        </message>
        <message>
            <location filename="../algorithms/barriers.py" line="133" />
            <source>No two sources have adjacent MCR zones: there is no pair of sources whose link a restoration could shorten.</source>
            <translation>没有两个源地的最小累积阻力分区相接：不存在可通过修复缩短其连接的源地对。</translation>
        </message>
        <message>
            <location filename="../algorithms/barriers.py" line="159" />
            <source>No window shortens any least-cost distance: the links already cross land at or below the restored resistance, or the windows are too small to bridge a barrier.</source>
            <translation>没有窗口能缩短任何最小成本距离：连接所穿越的土地阻力已不高于修复后阻力，或窗口太小，无法跨越障碍。</translation>
        </message>
        <message>
            <location filename="../algorithms/barriers.py" line="139" />
            <source>{} pairs of sources, windows of radius {} m, combined by {}.</source>
            <translation>{} 对源地，窗口半径 {} m，合并方式：{}。</translation>
        </message>
        <message>
            <location filename="../algorithms/barriers.py" line="141" />
            <source>maximum</source>
            <translation>最大值</translation>
        </message>
        <message>
            <location filename="../algorithms/barriers.py" line="141" />
            <source>sum</source>
            <translation>求和</translation>
        </message>
        <message>
            <location filename="../algorithms/barriers.py" line="153" />
            <source>Done in {:.1f} s: {} cells would shorten a least-cost distance if restored; the best window gains {:.6g} cost units per metre restored.</source>
            <translation>完成，用时 {:.1f} s：修复后可缩短最小成本距离的像元有 {} 个；最佳窗口每修复一米可减少 {:.6g} 成本单位。</translation>
        </message>
        <message>
            <location filename="../algorithms/barriers.py" line="36" />
            <source>Window radii: {!r} is not a distance &gt; 0; give radii in metres separated by commas, e.g. 100, 200, 300.</source>
            <translation>窗口半径：{!r} 不是 &gt; 0 的距离；请以米为单位给出半径，以逗号分隔，例如 100, 200, 300。</translation>
        </message>
        <message>
            <location filename="../algorithms/barriers.py" line="117" />
            <source>Window radii must be at least one cell ({:g} m); the smallest given is {:g} m.</source>
            <translation>窗口半径至少应为一个像元（{:g} m）；所给的最小半径为 {:g} m。</translation>
        </message>
        <message>
            <location filename="../algorithms/barriers.py" line="122" />
            <source>A restored cell gets resistance {:g}, more than the lowest resistance of the surface ({:g}): restoring would make some cells worse, and those windows score lower.</source>
            <translation>修复后像元的阻力值为 {:g}，高于阻力面的最低阻力（{:g}）：修复会使部分像元变差，相应窗口的得分会降低。</translation>
        </message>
        <message>
            <location filename="../algorithms/barriers.py" line="150" />
            <source>These pairs cannot reach each other and were left out: {}</source>
            <translation>以下源地对无法相互到达，已被舍去：{}</translation>
        </message>
        <message>
            <location filename="../algorithms/base.py" line="177" />
            <source>{} ({}); no output was written.</source>
            <translation>{}（{}）；未写出任何输出。</translation>
        </message>
        <message>
            <location filename="../algorithms/base.py" line="145" />
            <source>Cancelled by the user; no output was written and earlier files are unchanged.</source>
            <translation>已被用户取消；未写出任何输出，先前的文件保持不变。</translation>
        </message>
        <message>
            <location filename="../algorithms/base.py" line="168" />
            <source>No space left on the disk ({}); free some space or choose another folder. No output was written.</source>
            <translation>磁盘空间不足（{}）；请释放空间或选择其他文件夹。未写出任何输出。</translation>
        </message>
        <message>
            <location filename="../algorithms/base.py" line="171" />
            <source>Permission denied for {}: choose a folder you can write to (or a file you can read). No output was written.</source>
            <translation>无权访问 {}：请选择可写入的文件夹（或可读取的文件）。未写出任何输出。</translation>
        </message>
        <message>
            <location filename="../algorithms/base.py" line="174" />
            <source>{} is a folder; give a file name inside it.</source>
            <translation>{} 是一个文件夹；请在其中给出文件名。</translation>
        </message>
        <message>
            <location filename="../algorithms/base.py" line="176" />
            <source>{} does not exist; check the path (create the folder first).</source>
            <translation>{} 不存在；请检查路径（先创建文件夹）。</translation>
        </message>
        <message>
            <location filename="../algorithms/base.py" line="149" />
            <source>Not enough memory for this run ({}). Clip the rasters to a smaller area, use a larger cell size, or close other programs; no output was written.</source>
            <translation>内存不足，无法完成本次运行（{}）。请将栅格裁剪到更小的范围、使用更大的像元大小或关闭其他程序；未写出任何输出。</translation>
        </message>
        <message>
            <location filename="../algorithms/base.py" line="158" />
            <source>Internal error in {} ({}: {}); no output was written. Please report it with the log of this run.</source>
            <translation>{} 中发生内部错误（{}：{}）；未写出任何输出。请附上本次运行的日志报告此问题。</translation>
        </message>
        <message>
            <location filename="../algorithms/centrality.py" line="105" />
            <source>Network of {} sources and {} corridors; corridor resistances from {}.</source>
            <translation>由 {} 个源地和 {} 条廊道组成的网络；廊道阻力取自 {}。</translation>
        </message>
        <message>
            <location filename="../algorithms/centrality.py" line="121" />
            <source>Most central corridors: {}</source>
            <translation>中心度最高的廊道：{}</translation>
        </message>
        <message>
            <location filename="../algorithms/centrality.py" line="74" />
            <source>The sources have no field {!r}; choose the field that holds the source ids (source_id for the sources of Select ecological sources).</source>
            <translation>源地没有字段 {!r}；请选择存储源地编号的字段（“识别生态源地”输出的源地为 source_id）。</translation>
        </message>
        <message>
            <location filename="../algorithms/centrality.py" line="93" />
            <source>The corridors have no field {!r}; choose the field whose values are the corridors' resistances (cwd, the cost-weighted distance, or eff_resist from Pinch points).</source>
            <translation>廊道没有字段 {!r}；请选择以廊道阻力为值的字段（cwd，即成本加权距离，或“廊道夹点”输出的 eff_resist）。</translation>
        </message>
        <message>
            <location filename="../algorithms/centrality.py" line="118" />
            <source>Sources without a corridor carry no current: {}</source>
            <translation>没有廊道的源地不承载电流：{}</translation>
        </message>
        <message>
            <location filename="../algorithms/centrality.py" line="86" />
            <source>Source feature {} has id {!r} in field {!r}; source ids must be whole numbers &gt; 0.</source>
            <translation>源地要素 {} 的编号为 {!r}（字段 {!r}）；源地编号必须是 &gt; 0 的整数。</translation>
        </message>
        <message>
            <location filename="../algorithms/centrality.py" line="100" />
            <source>Corridor feature {} ({}–{}) has {} = {!r}; a corridor's resistance must be a number &gt; 0 (a corridor that Pinch points could not solve has eff_resist -1: leave it out or use cwd).</source>
            <translation>廊道要素 {}（{}–{}）的 {} = {!r}；廊道阻力必须是 &gt; 0 的数值（“廊道夹点”无法求解的廊道 eff_resist 为 -1：请将其排除或改用 cwd）。</translation>
        </message>
        <message>
            <location filename="../algorithms/circuit_inputs.py" line="92" />
            <source>resistance surface</source>
            <translation>阻力面</translation>
        </message>
        <message>
            <location filename="../algorithms/circuit_inputs.py" line="94" />
            <source>Reading the resistance surface and the sources</source>
            <translation>读取阻力面和源地</translation>
        </message>
        <message>
            <location filename="../algorithms/circuit_inputs.py" line="152" />
            <source>Finding the pairs of adjacent sources (one MCR search)</source>
            <translation>查找相邻源地对（一次最小累积阻力搜索）</translation>
        </message>
        <message>
            <location filename="../algorithms/circuit_inputs.py" line="184" />
            <source>direct (sparse LU)</source>
            <translation>直接法（稀疏 LU 分解）</translation>
        </message>
        <message>
            <location filename="../algorithms/circuit_inputs.py" line="184" />
            <source>algebraic multigrid</source>
            <translation>代数多重网格</translation>
        </message>
        <message>
            <location filename="../algorithms/circuit_inputs.py" line="185" />
            <source>conjugate gradients</source>
            <translation>共轭梯度法</translation>
        </message>
        <message>
            <location filename="../algorithms/circuit_inputs.py" line="185" />
            <source>none</source>
            <translation>无</translation>
        </message>
        <message>
            <location filename="../algorithms/circuit_inputs.py" line="146" />
            <source>The corridor layer has no features; give at least one corridor.</source>
            <translation>廊道图层没有要素；请至少给出一条廊道。</translation>
        </message>
        <message>
            <location filename="../algorithms/circuit_inputs.py" line="157" />
            <source>{} pairs of sources have adjacent MCR zones: {}</source>
            <translation>{} 对源地的最小累积阻力分区相接：{}</translation>
        </message>
        <message>
            <location filename="../algorithms/circuit_inputs.py" line="120" />
            <source>The corridor layer has no field {}; give the corridors of Ecological corridors (fields from_source and to_source hold the ids of the two sources each corridor joins).</source>
            <translation>廊道图层没有字段 {}；请给出“生态廊道”输出的廊道（字段 from_source 和 to_source 存储各廊道所连接两个源地的编号）。</translation>
        </message>
        <message>
            <location filename="../algorithms/circuit_inputs.py" line="135" />
            <source>Corridor feature {} joins source {} to itself; remove it.</source>
            <translation>廊道要素 {} 将源地 {} 与其自身相连；请删除该要素。</translation>
        </message>
        <message>
            <location filename="../algorithms/circuit_inputs.py" line="130" />
            <source>Corridor feature {} has no source ids in from_source / to_source; every corridor must name the two sources it joins.</source>
            <translation>廊道要素 {} 的 from_source / to_source 中没有源地编号；每条廊道都必须指明其连接的两个源地。</translation>
        </message>
        <message>
            <location filename="../algorithms/circuit_inputs.py" line="139" />
            <source>Corridor feature {} names source {}, which is not among the sources given ({}); give the corridors and the sources of one run.</source>
            <translation>廊道要素 {} 指向源地 {}，但它不在所给的源地中（{}）；请给出同一次运行的廊道和源地。</translation>
        </message>
        <message>
            <location filename="../algorithms/compare_patterns.py" line="39" />
            <source>gain</source>
            <translation>增加</translation>
        </message>
        <message>
            <location filename="../algorithms/compare_patterns.py" line="39" />
            <source>loss</source>
            <translation>减少</translation>
        </message>
        <message>
            <location filename="../algorithms/compare_patterns.py" line="40" />
            <source>stable</source>
            <translation>稳定</translation>
        </message>
        <message>
            <location filename="../algorithms/compare_patterns.py" line="41" />
            <source>kept</source>
            <translation>保留</translation>
        </message>
        <message>
            <location filename="../algorithms/compare_patterns.py" line="41" />
            <source>new</source>
            <translation>新增</translation>
        </message>
        <message>
            <location filename="../algorithms/compare_patterns.py" line="42" />
            <source>lost</source>
            <translation>消失</translation>
        </message>
        <message>
            <location filename="../algorithms/compare_patterns.py" line="413" />
            <source>Sources are followed by overlap; the table gives the later epoch's source ids (a lost corridor's are the earlier epoch's); a route shift is the Hausdorff distance between the two lines.</source>
            <translation>源地按重叠关系追踪；表中给出后一期的源地编号（消失的廊道给出前一期的编号）；路线偏移为两条线之间的 Hausdorff 距离。</translation>
        </message>
        <message>
            <location filename="../algorithms/compare_patterns.py" line="124" />
            <source>Give the ecological sources of at least one epoch.</source>
            <translation>请至少给出一期的生态源地。</translation>
        </message>
        <message>
            <location filename="../algorithms/compare_patterns.py" line="195" />
            <source>Drawing a map of each epoch for the report</source>
            <translation>为报告绘制各期地图</translation>
        </message>
        <message>
            <location filename="../algorithms/compare_patterns.py" line="257" />
            <source>unknown</source>
            <translation>未知</translation>
        </message>
        <message>
            <location filename="../algorithms/compare_patterns.py" line="336" />
            <source>Units: areas in km² and lengths, shifts and distances in metres, measured {}; the MCR surface and the cost-weighted distance (cwd) of corridors in resistance × metres (crossing 1 m of resistance 1 costs 1).</source>
            <translation>单位：面积为 km²，长度、偏移和距离为米，{}量算；最小累积阻力面和廊道的成本加权距离（cwd）单位为阻力 × 米（穿越 1 m 阻力为 1 的土地成本为 1）。</translation>
        </message>
        <message>
            <location filename="../algorithms/compare_patterns.py" line="339" />
            <source>on the ellipsoid</source>
            <translation>在椭球面上</translation>
        </message>
        <message>
            <location filename="../algorithms/compare_patterns.py" line="339" />
            <source>in the layers' projected CRS</source>
            <translation>在图层的投影坐标参考系中</translation>
        </message>
        <message>
            <location filename="../algorithms/compare_patterns.py" line="373" />
            <source>North is up; each map is {:,.1f} km wide; the same extent and, for the MCR surface, the same colours for every epoch, so that the years compare by eye.</source>
            <translation>上方为北；每幅地图宽 {:,.1f} km；各期采用相同的范围，最小累积阻力面采用相同的颜色，以便直观比较各年份。</translation>
        </message>
        <message>
            <location filename="../algorithms/compare_patterns.py" line="382" />
            <source>Plugin</source>
            <translation>插件</translation>
        </message>
        <message>
            <location filename="../algorithms/compare_patterns.py" line="383" />
            <source>QGIS</source>
            <translation>QGIS</translation>
        </message>
        <message>
            <location filename="../algorithms/compare_patterns.py" line="383" />
            <source>Made on</source>
            <translation>生成日期</translation>
        </message>
        <message>
            <location filename="../algorithms/compare_patterns.py" line="384" />
            <source>Coordinate reference system</source>
            <translation>坐标参考系</translation>
        </message>
        <message>
            <location filename="../algorithms/compare_patterns.py" line="394" />
            <source>Corridors and their nodes: {} go on, {} new, {} lost.</source>
            <translation>廊道及其节点：{} 条延续，{} 条新增，{} 条消失。</translation>
        </message>
        <message>
            <location filename="../algorithms/compare_patterns.py" line="412" />
            <source>What changed in corridors from {} to {}</source>
            <translation>廊道的变化：{} 至 {}</translation>
        </message>
        <message>
            <location filename="../algorithms/compare_patterns.py" line="48" />
            <source>epoch {}</source>
            <translation>第 {} 期</translation>
        </message>
        <message>
            <location filename="../algorithms/compare_patterns.py" line="50" />
            <source>{} epochs of sources but {} labels were given; give one label per epoch, in the same order (e.g. 2009, 2013, 2018).</source>
            <translation>给出了 {} 期源地，但只给出 {} 个标签；请每期给出一个标签，顺序相同（例如 2009, 2013, 2018）。</translation>
        </message>
        <message>
            <location filename="../algorithms/compare_patterns.py" line="250" />
            <source>temporary layer</source>
            <translation>临时图层</translation>
        </message>
        <message>
            <location filename="../algorithms/compare_patterns.py" line="342" />
            <source>Ecological security pattern</source>
            <translation>生态安全格局</translation>
        </message>
        <message>
            <location filename="../algorithms/compare_patterns.py" line="350" />
            <source>Minimum cumulative resistance (MCR) model after Li et al. (2020), doi:10.24294/jgc.v3i1.1304. Source area = area of the union of the ecological sources of each epoch; change = difference from the previous epoch (the paper's Table 4).</source>
            <translation>基于 Li et al. (2020) 的最小累积阻力（MCR）模型，doi:10.24294/jgc.v3i1.1304。源地面积 = 每期生态源地并集的面积；变化 = 与上一期的差值（原文表 4）。</translation>
        </message>
        <message>
            <location filename="../algorithms/compare_patterns.py" line="357" />
            <source>Change</source>
            <translation>变化</translation>
        </message>
        <message>
            <location filename="../algorithms/compare_patterns.py" line="357" />
            <source>Area (km²)</source>
            <translation>面积（km²）</translation>
        </message>
        <message>
            <location filename="../algorithms/compare_patterns.py" line="360" />
            <source>Generated by the MCR Ecological Security Pattern plugin for QGIS (mcr:comparepatterns).</source>
            <translation>由 QGIS 插件“最小累积阻力（MCR）生态安全格局”生成（mcr:comparepatterns）。</translation>
        </message>
        <message>
            <location filename="../algorithms/compare_patterns.py" line="375" />
            <source>Maps of the epochs</source>
            <translation>各期地图</translation>
        </message>
        <message>
            <location filename="../algorithms/compare_patterns.py" line="389" />
            <source>How this report was made</source>
            <translation>报告的生成方式</translation>
        </message>
        <message>
            <location filename="../algorithms/compare_patterns.py" line="325" />
            <source>Epoch</source>
            <translation>时期</translation>
        </message>
        <message>
            <location filename="../algorithms/compare_patterns.py" line="325" />
            <source>Source area (km²)</source>
            <translation>源地面积（km²）</translation>
        </message>
        <message>
            <location filename="../algorithms/compare_patterns.py" line="325" />
            <source>Change (km²)</source>
            <translation>变化（km²）</translation>
        </message>
        <message>
            <location filename="../algorithms/compare_patterns.py" line="325" />
            <source>Sources</source>
            <translation>源地</translation>
        </message>
        <message>
            <location filename="../algorithms/compare_patterns.py" line="325" />
            <source>Corridors</source>
            <translation>廊道</translation>
        </message>
        <message>
            <location filename="../algorithms/compare_patterns.py" line="325" />
            <source>Nodes</source>
            <translation>节点</translation>
        </message>
        <message>
            <location filename="../algorithms/compare_patterns.py" line="326" />
            <source>Mean MCR (resistance × m)</source>
            <translation>平均最小累积阻力（阻力 × m）</translation>
        </message>
        <message>
            <location filename="../algorithms/compare_patterns.py" line="382" />
            <source>MCR Ecological Security Pattern {}</source>
            <translation>最小累积阻力（MCR）生态安全格局 {}</translation>
        </message>
        <message>
            <location filename="../algorithms/compare_patterns.py" line="397" />
            <source>Radiation channels: {} go on, {} new, {} lost.</source>
            <translation>辐射道：{} 条延续，{} 条新增，{} 条消失。</translation>
        </message>
        <message>
            <location filename="../algorithms/compare_patterns.py" line="399" />
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <location filename="../algorithms/compare_patterns.py" line="399" />
            <source>cwd before</source>
            <translation>变化前 cwd</translation>
        </message>
        <message>
            <location filename="../algorithms/compare_patterns.py" line="399" />
            <source>cwd after</source>
            <translation>变化后 cwd</translation>
        </message>
        <message>
            <location filename="../algorithms/compare_patterns.py" line="399" />
            <source>cwd change (%)</source>
            <translation>cwd 变化（%）</translation>
        </message>
        <message>
            <location filename="../algorithms/compare_patterns.py" line="400" />
            <source>Length change (m)</source>
            <translation>长度变化（m）</translation>
        </message>
        <message>
            <location filename="../algorithms/compare_patterns.py" line="400" />
            <source>Route shift (m)</source>
            <translation>路线偏移（m）</translation>
        </message>
        <message>
            <location filename="../algorithms/compare_patterns.py" line="400" />
            <source>Node shift (m)</source>
            <translation>节点偏移（m）</translation>
        </message>
        <message>
            <location filename="../algorithms/compare_patterns.py" line="134" />
            <source>{}: {} layers for {} epochs; give one per epoch, in the same order.</source>
            <translation>{}：{} 个图层对应 {} 期；请每期给出一个，顺序相同。</translation>
        </message>
        <message>
            <location filename="../algorithms/compare_patterns.py" line="356" />
            <source>Sources gained, lost and stable from {} to {}</source>
            <translation>源地的增加、减少和稳定区域：{} 至 {}</translation>
        </message>
        <message>
            <location filename="../algorithms/compare_patterns.py" line="206" />
            <source>, {} channels</source>
            <translation>，{} 条辐射道</translation>
        </message>
        <message>
            <location filename="../algorithms/compare_patterns.py" line="205" />
            <source>, {} nodes</source>
            <translation>，{} 个节点</translation>
        </message>
        <message>
            <location filename="../algorithms/compare_patterns.py" line="202" />
            <source>{}: {} sources, {:.3f} km²</source>
            <translation>{}：{} 个源地，{:.3f} km²</translation>
        </message>
        <message>
            <location filename="../algorithms/compare_patterns.py" line="204" />
            <source>, {} corridors</source>
            <translation>，{} 条廊道</translation>
        </message>
        <message>
            <location filename="../algorithms/connectivity_algorithm.py" line="226" />
            <source>The MSPA class raster</source>
            <translation>MSPA 类别栅格</translation>
        </message>
        <message>
            <location filename="../algorithms/connectivity_algorithm.py" line="160" />
            <source>Reading the resistance and the patches</source>
            <translation>读取阻力面和斑块</translation>
        </message>
        <message>
            <location filename="../algorithms/connectivity_algorithm.py" line="166" />
            <source>Least-cost links between the patches</source>
            <translation>计算斑块之间的最小成本连接</translation>
        </message>
        <message>
            <location filename="../algorithms/connectivity_algorithm.py" line="179" />
            <source>PC, IIC and the importance of every patch and link</source>
            <translation>计算 PC、IIC 及每个斑块和连接的重要性</translation>
        </message>
        <message>
            <location filename="../algorithms/connectivity_algorithm.py" line="187" />
            <source>Writing outputs</source>
            <translation>写出输出</translation>
        </message>
        <message>
            <location filename="../algorithms/connectivity_algorithm.py" line="142" />
            <source>Give the patches one way: a patch-id raster, polygons or points, or an MSPA class raster.</source>
            <translation>请以一种方式给出斑块：斑块编号栅格、面或点要素，或 MSPA 类别栅格。</translation>
        </message>
        <message>
            <location filename="../algorithms/connectivity_algorithm.py" line="145" />
            <source>The attribute field belongs to the patch polygons; give them, or leave the field empty to use the patches' areas.</source>
            <translation>属性字段属于斑块面要素；请给出斑块面要素，或将该字段留空以使用斑块面积。</translation>
        </message>
        <message>
            <location filename="../algorithms/connectivity_algorithm.py" line="286" />
            <source>No two patches can reach each other (or every link is longer than the limit): every patch is isolated, and dPC is its own habitat only.</source>
            <translation>没有两个斑块可以相互到达（或所有连接都长于上限）：每个斑块都是孤立的，dPC 只反映其自身生境。</translation>
        </message>
        <message>
            <location filename="../algorithms/connectivity_algorithm.py" line="241" />
            <source>{} of {} core areas reach {:g} km² and become patches ({:.4f} km²).</source>
            <translation>{} 个核心区（共 {} 个）达到 {:g} km²，成为斑块（{:.4f} km²）。</translation>
        </message>
        <message>
            <location filename="../algorithms/connectivity_algorithm.py" line="276" />
            <source>PC = {:.6g}, IIC = {:.6g}; equivalent connected area EC(PC) = {:.4g} (attribute units); distance threshold {:g} {} at probability {:g}.</source>
            <translation>PC = {:.6g}，IIC = {:.6g}；等效连通面积 EC(PC) = {:.4g}（属性单位）；距离阈值 {:g} {}，对应概率 {:g}。</translation>
        </message>
        <message>
            <location filename="../algorithms/connectivity_algorithm.py" line="173" />
            <source>Patches {} lie entirely on NoData in the resistance: they take no part.</source>
            <translation>斑块 {} 完全位于阻力面的无数据上：不参与计算。</translation>
        </message>
        <message>
            <location filename="../algorithms/connectivity_algorithm.py" line="232" />
            <source>{} holds values that are not MSPA classes ({}); give the class raster of the MSPA algorithm.</source>
            <translation>{} 含有不属于 MSPA 类别的值（{}）；请给出 MSPA 算法输出的类别栅格。</translation>
        </message>
        <message>
            <location filename="../algorithms/connectivity_algorithm.py" line="237" />
            <source>{} has no core cell (class 17 or 117); with a wider edge width or a coarser raster there may be none. Run MSPA with a smaller edge width, or give the patches another way.</source>
            <translation>{} 没有核心区像元（类别 17 或 117）；边缘宽度较大或栅格较粗时可能没有核心区。请以较小的边缘宽度运行 MSPA，或以其他方式给出斑块。</translation>
        </message>
        <message>
            <location filename="../algorithms/connectivity_algorithm.py" line="283" />
            <source>Most important patches (dPC %): {}</source>
            <translation>最重要的斑块（dPC %）：{}</translation>
        </message>
        <message>
            <location filename="../algorithms/connectivity_algorithm.py" line="254" />
            <source>The patches have no field {!r}.</source>
            <translation>斑块没有字段 {!r}。</translation>
        </message>
        <message>
            <location filename="../algorithms/connectivity_algorithm.py" line="265" />
            <source>Patch feature {} has {!r} in the attribute field {!r}; attributes must be numbers ≥ 0.</source>
            <translation>斑块要素 {} 的值为 {!r}（属性字段 {!r}）；属性必须是 ≥ 0 的数值。</translation>
        </message>
        <message>
            <location filename="../algorithms/corridors.py" line="241" />
            <source>Finding the saddles of every ridge between two sources</source>
            <translation>查找两个源地之间每条脊线上的鞍部</translation>
        </message>
        <message>
            <location filename="../algorithms/corridors.py" line="252" />
            <source>Checking every corridor against its pair's least-cost path</source>
            <translation>将每条廊道与其源地对的最小成本路径进行核对</translation>
        </message>
        <message>
            <location filename="../algorithms/corridors.py" line="383" />
            <source>The land use for vulnerable stretches</source>
            <translation>用于识别脆弱段的土地利用</translation>
        </message>
        <message>
            <location filename="../algorithms/corridors.py" line="384" />
            <source>The raster for vulnerable stretches</source>
            <translation>用于识别脆弱段的栅格</translation>
        </message>
        <message>
            <location filename="../algorithms/corridors.py" line="388" />
            <source>vulnerable stretches cannot be found where it has no value.</source>
            <translation>在其没有值的地方无法识别脆弱段。</translation>
        </message>
        <message>
            <location filename="../algorithms/corridors.py" line="212" />
            <source>Vulnerable stretches come from the land use (with its classes) or from a raster and a threshold: give one of the two.</source>
            <translation>脆弱段由土地利用（及其类别）或由一个栅格及阈值确定：请给出二者之一。</translation>
        </message>
        <message>
            <location filename="../algorithms/corridors.py" line="217" />
            <source>Vulnerable classes</source>
            <translation>脆弱类别</translation>
        </message>
        <message>
            <location filename="../algorithms/corridors.py" line="219" />
            <source>Farmland classes</source>
            <translation>耕地类别</translation>
        </message>
        <message>
            <location filename="../algorithms/corridors.py" line="297" />
            <source>No two sources can reach each other (or none passes the filters): no corridors.</source>
            <translation>没有两个源地可以相互到达（或没有通过筛选的源地对）：没有廊道。</translation>
        </message>
        <message>
            <location filename="../algorithms/corridors.py" line="284" />
            <source>{} sources, {} corridors between {} pairs of sources</source>
            <translation>{} 个源地，{} 条廊道，位于 {} 对源地之间</translation>
        </message>
        <message>
            <location filename="../algorithms/corridors.py" line="365" />
            <source>Gravity model (Kong et al. 2010): {} of {} corridors above {:g}; strongest: {}.</source>
            <translation>重力模型（Kong et al. 2010）：{} 条廊道（共 {} 条）的相互作用力高于 {:g}；最强的：{}。</translation>
        </message>
        <message>
            <location filename="../algorithms/corridors.py" line="379" />
            <source>No vulnerable stretches: give the land use (and its vulnerable and farmland classes), or a raster and a threshold, to find where corridors cross roads, buildings, mines and farmland.</source>
            <translation>没有脆弱段：请给出土地利用（及其脆弱类别和耕地类别），或一个栅格及阈值，以找出廊道穿越道路、建筑用地、矿区和耕地之处。</translation>
        </message>
        <message>
            <location filename="../algorithms/corridors.py" line="78" />
            <source>{}: {!r} is not an integer class code; give codes separated by commas, e.g. 6, 7, 8, 9.</source>
            <translation>{}：{!r} 不是整数类别代码；请给出以逗号分隔的代码，例如 6, 7, 8, 9。</translation>
        </message>
        <message>
            <location filename="../algorithms/corridors.py" line="289" />
            <source>{} pairs of sources are linked by detours: the least-cost path between them runs through a third source's zone (fields detour &gt; 1 and via_source): {}</source>
            <translation>{} 对源地由绕行路线连接：它们之间的最小成本路径穿过第三个源地的分区（字段 detour &gt; 1 和 via_source）：{}</translation>
        </message>
        <message>
            <location filename="../algorithms/corridors.py" line="395" />
            <source>Vulnerable stretches: barrier classes {}, farmland classes {}.</source>
            <translation>脆弱段：障碍类别 {}，耕地类别 {}。</translation>
        </message>
        <message>
            <location filename="../algorithms/corridors.py" line="279" />
            <source>{} corridors longer than {:g} × their least-cost distance were left out.</source>
            <translation>{} 条长于其最小成本距离 {:g} 倍的廊道已被舍去。</translation>
        </message>
        <message>
            <location filename="../algorithms/corridors.py" line="360" />
            <source>The gravity model cannot weigh these corridors ({}); the gravity fields are left empty.</source>
            <translation>重力模型无法为这些廊道计算相互作用力（{}）；相互作用力字段留空。</translation>
        </message>
        <message>
            <location filename="../algorithms/corridors.py" line="294" />
            <source>, via {}</source>
            <translation>，经由 {}</translation>
        </message>
        <message>
            <location filename="../algorithms/cost_surface.py" line="354" />
            <source>The Dask scheduler at {} cannot be reached ({}). Check the address and the port, that 'dask scheduler' runs there and that no firewall blocks it; or leave the Dask scheduler empty to run the tiled search on this machine.</source>
            <translation>无法连接位于 {} 的 Dask 调度器（{}）。请检查地址和端口、该处是否正在运行 'dask scheduler'，以及是否有防火墙阻挡；或将 Dask 调度器留空，在本机上进行分块搜索。</translation>
        </message>
        <message>
            <location filename="../algorithms/cost_surface.py" line="407" />
            <source>on the Dask cluster</source>
            <translation>在 Dask 集群上</translation>
        </message>
        <message>
            <location filename="../algorithms/cost_surface.py" line="145" />
            <source>The MCR search</source>
            <translation>最小累积阻力搜索</translation>
        </message>
        <message>
            <location filename="../algorithms/cost_surface.py" line="146" />
            <source>Reading the resistance surface</source>
            <translation>读取阻力面</translation>
        </message>
        <message>
            <location filename="../algorithms/cost_surface.py" line="158" />
            <source>Searching least-cost paths</source>
            <translation>搜索最小成本路径</translation>
        </message>
        <message>
            <location filename="../algorithms/cost_surface.py" line="225" />
            <source>Reading the sources</source>
            <translation>读取源地</translation>
        </message>
        <message>
            <location filename="../algorithms/cost_surface.py" line="228" />
            <source>Checking the resistance and the sources, tile by tile</source>
            <translation>逐块检查阻力面和源地</translation>
        </message>
        <message>
            <location filename="../algorithms/cost_surface.py" line="250" />
            <source>Searching least-cost paths, tile by tile</source>
            <translation>逐块搜索最小成本路径</translation>
        </message>
        <message>
            <location filename="../algorithms/cost_surface.py" line="404" />
            <source>one after another in this process</source>
            <translation>在本进程中逐块依次计算</translation>
        </message>
        <message>
            <location filename="../algorithms/cost_surface.py" line="406" />
            <source>Dask's threads on this machine</source>
            <translation>使用本机上的 Dask 线程</translation>
        </message>
        <message>
            <location filename="../algorithms/cost_surface.py" line="207" />
            <source>The tiled MCR search</source>
            <translation>分块最小累积阻力搜索</translation>
        </message>
        <message>
            <location filename="../algorithms/cost_surface.py" line="95" />
            <source>The Dask scheduler 'processes' would start copies of QGIS's own process; start a local cluster instead ('dask scheduler' and 'dask worker tcp://127.0.0.1:8786') and give its address, tcp://127.0.0.1:8786, or use 'threads'.</source>
            <translation>Dask 调度器 'processes' 会启动 QGIS 自身进程的副本；请改为启动本地集群（'dask scheduler' 和 'dask worker tcp://127.0.0.1:8786'）并给出其地址 tcp://127.0.0.1:8786，或使用 'threads'。</translation>
        </message>
        <message>
            <location filename="../algorithms/cost_surface.py" line="118" />
            <source>Search done in {:.1f} s; {:.1f} % of the valid cells are reachable; highest MCR {:.6g}</source>
            <translation>搜索完成，用时 {:.1f} s；{:.1f} % 的有效像元可达；最小累积阻力最大值 {:.6g}</translation>
        </message>
        <message>
            <location filename="../algorithms/cost_surface.py" line="153" />
            <source>{} sources, {} source cells; {} x {} cells of {:g} x {:g} m; {} neighbours</source>
            <translation>{} 个源地，{} 个源地像元；{} x {} 个像元，像元大小 {:g} x {:g} m；{} 邻域</translation>
        </message>
        <message>
            <location filename="../algorithms/cost_surface.py" line="245" />
            <source>Tiled search: {} tiles of up to {} x {} cells, {}; each worker holds about {:.3g} MB.</source>
            <translation>分块搜索：{} 个分块，每块至多 {} x {} 个像元，{}；每个工作进程约占 {:.3g} MB。</translation>
        </message>
        <message>
            <location filename="../algorithms/cost_surface.py" line="263" />
            <source>Tiled search done in {:.1f} s ({}): {} rounds, {} tile solves ({} per round); {:.2f} MB of tile edges exchanged, {:.2f} MB of boundary band held here.</source>
            <translation>分块搜索完成，用时 {:.1f} s（{}）：{} 轮，{} 次分块求解（每轮 {} 次）；交换分块边缘数据 {:.2f} MB，本机保存边界带数据 {:.2f} MB。</translation>
        </message>
        <message>
            <location filename="../algorithms/cost_surface.py" line="376" />
            <source>Connected to the Dask scheduler at {}: {} workers, {} threads.</source>
            <translation>已连接位于 {} 的 Dask 调度器：{} 个工作进程，{} 个线程。</translation>
        </message>
        <message>
            <location filename="../algorithms/cost_surface.py" line="122" />
            <source>{} valid cells cannot be reached from any source (cut off by NoData); they are NoData in the outputs.</source>
            <translation>{} 个有效像元无法从任何源地到达（被无数据隔断）；它们在输出中为无数据。</translation>
        </message>
        <message>
            <location filename="../algorithms/cost_surface.py" line="128" />
            <source>The highest MCR value ({:.4g}) exceeds the Float32 range; the MCR surface is written as Float64.</source>
            <translation>最小累积阻力最大值（{:.4g}）超出 Float32 范围；最小累积阻力面以 Float64 写出。</translation>
        </message>
        <message>
            <location filename="../algorithms/cost_surface.py" line="235" />
            <source>The resistance has {} cells that are ≤ 0 or not a number inside the valid area (first at row {}, column {}: {!r}). Resistance must be &gt; 0; set impassable cells to NoData instead.</source>
            <translation>阻力面在有效区域内有 {} 个像元的值 ≤ 0 或不是数值（首个位于第 {} 行、第 {} 列：{!r}）。阻力值必须 &gt; 0；不可通行的像元请改设为无数据。</translation>
        </message>
        <message>
            <location filename="../algorithms/cost_surface.py" line="338" />
            <source>The Dask scheduler 'threads' needs Dask, which this Python does not have (Debian/Ubuntu: apt install python3-dask; elsewhere: pip install dask). Leave the Dask scheduler empty to solve the tiles one after another without Dask.</source>
            <translation>Dask 调度器 'threads' 需要 Dask，但当前 Python 环境中没有（Debian/Ubuntu：apt install python3-dask；其他系统：pip install dask）。将 Dask 调度器留空，即可不用 Dask 逐块依次求解。</translation>
        </message>
        <message>
            <location filename="../algorithms/cost_surface.py" line="372" />
            <source>The Dask scheduler at {} has no workers; start some ('dask worker {} --nthreads 1' on each machine) and run again.</source>
            <translation>位于 {} 的 Dask 调度器没有工作进程；请启动工作进程（在每台机器上运行 'dask worker {} --nthreads 1'）后重新运行。</translation>
        </message>
        <message>
            <location filename="../algorithms/cost_surface.py" line="395" />
            <source>{} of the {} Dask workers cannot import this plugin's code (package {}), first {}. Put the folder that holds the plugin folder {} on every worker's Python path (e.g. PYTHONPATH=/opt/qgis-plugins dask worker …, with the plugin's ZIP unzipped there) and run again.</source>
            <translation>{} 个 Dask 工作进程（共 {} 个）无法导入本插件的代码（包 {}），首个为 {}。请将包含插件文件夹 {} 的上级文件夹加入每个工作进程的 Python 路径（例如 PYTHONPATH=/opt/qgis-plugins dask worker …，并将插件 ZIP 解压到该处），然后重新运行。</translation>
        </message>
        <message>
            <location filename="../algorithms/cost_surface.py" line="210" />
            <source>{} A smaller tile size needs less: each worker holds a tile and its edges ({} x {} cells here).</source>
            <translation>{} 分块越小，所需内存越少：每个工作进程保存一个分块及其边缘（此处为 {} x {} 个像元）。</translation>
        </message>
        <message>
            <location filename="../algorithms/cost_surface.py" line="347" />
            <source>A Dask scheduler address ({}) needs dask.distributed, which this Python does not have (Debian/Ubuntu: apt install python3-distributed; elsewhere: pip install distributed). Leave the Dask scheduler empty to solve the tiles here, one after another, without Dask.</source>
            <translation>Dask 调度器地址（{}）需要 dask.distributed，但当前 Python 环境中没有（Debian/Ubuntu：apt install python3-distributed；其他系统：pip install distributed）。将 Dask 调度器留空，即可在本机不用 Dask 逐块依次求解。</translation>
        </message>
        <message>
            <location filename="../algorithms/cost_surface.py" line="101" />
            <source>The Dask scheduler {!r} is not understood; give nothing (tiles one after another, no Dask), 'threads' (Dask's threads on this machine) or the address of a Dask scheduler, such as tcp://10.0.0.5:8786.</source>
            <translation>无法识别 Dask 调度器 {!r}；请留空（逐块依次计算，不需要 Dask）、给出 'threads'（本机上的 Dask 线程）或 Dask 调度器的地址，例如 tcp://10.0.0.5:8786。</translation>
        </message>
        <message>
            <location filename="../algorithms/cost_surface.py" line="107" />
            <source>A Dask scheduler ({}) is used only by the tiled search: set a tile size (e.g. 4096) or leave the Dask scheduler empty.</source>
            <translation>Dask 调度器（{}）仅用于分块搜索：请设置分块大小（例如 4096），或将 Dask 调度器留空。</translation>
        </message>
        <message>
            <location filename="../algorithms/current_flow.py" line="191" />
            <source>The short-circuit regions</source>
            <translation>短路区域</translation>
        </message>
        <message>
            <location filename="../algorithms/current_flow.py" line="145" />
            <source>Solving the resistor network</source>
            <translation>求解电阻网络</translation>
        </message>
        <message>
            <location filename="../algorithms/current_flow.py" line="116" />
            <source>Voltage maps are written in the one-to-all and all-to-one modes (one per source); choose one of those modes or leave the voltage output empty.</source>
            <translation>电压图仅在一对多和多对一模式下写出（每个源地一幅）；请选择其中一种模式，或将电压输出留空。</translation>
        </message>
        <message>
            <location filename="../algorithms/current_flow.py" line="137" />
            <source>No source lies on a cell with a resistance; nothing to connect.</source>
            <translation>没有源地位于有阻力值的像元上；没有可连接的对象。</translation>
        </message>
        <message>
            <location filename="../algorithms/current_flow.py" line="139" />
            <source>{} sources ({}); {} valid cells, {} neighbours, {} mode; estimated memory of the circuit {:.2f} GB ({} solver)</source>
            <translation>{} 个源地（{}）；{} 个有效像元，{} 邻域，{} 模式；电路内存估计 {:.2f} GB（{} 求解器）</translation>
        </message>
        <message>
            <location filename="../algorithms/current_flow.py" line="153" />
            <source>Solved in {:.1f} s with the {} solver: {} nodes, {} resistors, {} factorisation(s), {} solve(s).</source>
            <translation>求解完成，用时 {:.1f} s，{} 求解器：{} 个节点，{} 个电阻，{} 次分解，{} 次求解。</translation>
        </message>
        <message>
            <location filename="../algorithms/current_flow.py" line="169" />
            <source>No source shares a connected area with another source: there is no voltage map to write.</source>
            <translation>没有源地与其他源地共享连通区域：没有可写出的电压图。</translation>
        </message>
        <message>
            <location filename="../algorithms/current_flow.py" line="198" />
            <source>The short-circuit regions hold non-integer values; give a raster of whole region ids &gt; 0 (0 or NoData outside the regions).</source>
            <translation>短路区域含有非整数值；请给出区域编号为 &gt; 0 整数的栅格（区域外为 0 或无数据）。</translation>
        </message>
        <message>
            <location filename="../algorithms/current_flow.py" line="203" />
            <source>{} short-circuit regions; the cells of each region are joined with zero resistance.</source>
            <translation>{} 个短路区域；每个区域内的像元以零电阻相连。</translation>
        </message>
        <message>
            <location filename="../algorithms/current_flow.py" line="134" />
            <source>Pairwise mode needs at least two sources with valid cells; the sources hold {}.</source>
            <translation>成对模式至少需要两个位于有效像元上的源地；当前源地数为 {}。</translation>
        </message>
        <message>
            <location filename="../algorithms/current_flow.py" line="227" />
            <source>Disconnected (no path of valid cells, or no other source in reach), written as -1 as Circuitscape does: {}</source>
            <translation>不连通（没有由有效像元构成的路径，或可达范围内没有其他源地），与 Circuitscape 一样写为 -1：{}</translation>
        </message>
        <message>
            <location filename="../algorithms/current_flow.py" line="173" />
            <source>voltage (V), source {}</source>
            <translation>电压（V），源地 {}</translation>
        </message>
        <message>
            <location filename="../algorithms/current_flow.py" line="219" />
            <source>Effective resistance between sources: {:.6g} to {:.6g} (resistance × cell units; -1 = disconnected).</source>
            <translation>源地间有效电阻：{:.6g} 至 {:.6g}（阻力 × 像元单位；-1 = 不连通）。</translation>
        </message>
        <message>
            <location filename="../algorithms/landuse_input.py" line="113" />
            <source>Give either a land-use raster or land-use polygons (one of the two).</source>
            <translation>请给出土地利用栅格或土地利用面要素（二者选其一）。</translation>
        </message>
        <message>
            <location filename="../algorithms/landuse_input.py" line="115" />
            <source>Choose the class field of the land-use polygons.</source>
            <translation>请选择土地利用面要素的类别字段。</translation>
        </message>
        <message>
            <location filename="../algorithms/landuse_input.py" line="128" />
            <source>the table typed in</source>
            <translation>手动输入的分类表</translation>
        </message>
        <message>
            <location filename="../algorithms/landuse_input.py" line="245" />
            <source>Polygons need a grid: give a reference raster, or a cell size (and optionally an extent and CRS).</source>
            <translation>面要素需要一个格网：请给出参考栅格，或像元大小（可另给范围和坐标参考系）。</translation>
        </message>
        <message>
            <location filename="../algorithms/landuse_input.py" line="303" />
            <source>Give at least one habitat class code (the paper: vegetation, 1).</source>
            <translation>请至少给出一个生境类别代码（原文：植被，1）。</translation>
        </message>
        <message>
            <location filename="../algorithms/landuse_input.py" line="143" />
            <source>The land use</source>
            <translation>土地利用</translation>
        </message>
        <message>
            <location filename="../algorithms/landuse_input.py" line="175" />
            <source>Rasterising polygons onto {} x {} cells of {:g} x {:g} map units</source>
            <translation>将面要素栅格化到 {} x {} 个像元，像元大小 {:g} x {:g} 地图单位</translation>
        </message>
        <message>
            <location filename="../algorithms/landuse_input.py" line="264" />
            <source>Class code → class → resistance, as used (table: {}):</source>
            <translation>实际使用的类别代码 → 类别 → 阻力值（分类表：{}）：</translation>
        </message>
        <message>
            <location filename="../algorithms/landuse_input.py" line="171" />
            <source>The polygons have no field {!r}.</source>
            <translation>面要素没有字段 {!r}。</translation>
        </message>
        <message>
            <location filename="../algorithms/landuse_input.py" line="198" />
            <source>{} polygons have no class value and were left as NoData.</source>
            <translation>{} 个面要素没有类别值，已保留为无数据。</translation>
        </message>
        <message>
            <location filename="../algorithms/landuse_input.py" line="262" />
            <source>{} → {} → {} ({} cells)</source>
            <translation>{} → {} → {}（{} 个像元）</translation>
        </message>
        <message>
            <location filename="../algorithms/landuse_input.py" line="274" />
            <source>The land-use raster names its classes, and {} of them disagree with the class table: {}. Check that the table (or preset) fits this product.</source>
            <translation>土地利用栅格自带类别名称，其中 {} 个与分类表不一致：{}。请检查分类表（或预设）是否适用于该产品。</translation>
        </message>
        <message>
            <location filename="../algorithms/landuse_input.py" line="322" />
            <source>The class table {} marks no habitat class; give the habitat class codes.</source>
            <translation>分类表 {} 没有标明生境类；请给出生境类别代码。</translation>
        </message>
        <message>
            <location filename="../algorithms/landuse_input.py" line="325" />
            <source>Habitat classes of the preset {}: {}</source>
            <translation>预设 {} 的生境类：{}</translation>
        </message>
        <message>
            <location filename="../algorithms/landuse_input.py" line="187" />
            <source>Polygon {} has the class value {!r}, which is not an integer class code; class values must be integer codes or class names of the table.</source>
            <translation>面要素 {} 的类别值为 {!r}，不是整数类别代码；类别值必须是整数代码或分类表中的类别名称。</translation>
        </message>
        <message>
            <location filename="../algorithms/landuse_input.py" line="271" />
            <source>code {} is {!r} in the raster but {!r} in the table</source>
            <translation>代码 {} 在栅格中为 {!r}，在分类表中为 {!r}</translation>
        </message>
        <message>
            <location filename="../algorithms/landuse_input.py" line="299" />
            <source>Habitat classes {!r} must be integer class codes separated by commas, e.g. 1 or 1,2.</source>
            <translation>生境类别 {!r} 必须是以逗号分隔的整数类别代码，例如 1 或 1,2。</translation>
        </message>
        <message>
            <location filename="../algorithms/landuse_input.py" line="151" />
            <source>The land-use raster holds {} non-integer values; it must hold integer class codes.</source>
            <translation>土地利用栅格含有 {} 个非整数值；它必须存储整数类别代码。</translation>
        </message>
        <message>
            <location filename="../algorithms/landuse_resistance.py" line="94" />
            <source>Reading land use</source>
            <translation>读取土地利用</translation>
        </message>
        <message>
            <location filename="../algorithms/landuse_resistance.py" line="101" />
            <source>Reclassifying</source>
            <translation>重分类</translation>
        </message>
        <message>
            <location filename="../algorithms/landuse_resistance.py" line="109" />
            <source>NoData</source>
            <translation>无数据（NoData）</translation>
        </message>
        <message>
            <location filename="../algorithms/landuse_resistance.py" line="109" />
            <source>resistance {:g}</source>
            <translation>阻力值 {:g}</translation>
        </message>
        <message>
            <location filename="../algorithms/landuse_resistance.py" line="110" />
            <source>Classes missing from the table were set to {}: {}</source>
            <translation>分类表中缺少的类别已设为{}：{}</translation>
        </message>
        <message>
            <location filename="../algorithms/landuse_resistance.py" line="82" />
            <source>The resistance of classes missing from the table must be &gt; 0 (it is {:g}).</source>
            <translation>分类表中缺失类别的阻力值必须 &gt; 0（当前为 {:g}）。</translation>
        </message>
        <message>
            <location filename="../algorithms/layers.py" line="121" />
            <source>{} covers {:.1f} % of the reference grid.</source>
            <translation>{} 覆盖参考格网的 {:.1f} %。</translation>
        </message>
        <message>
            <location filename="../algorithms/layers.py" line="154" />
            <source>The resistance {} holds {} NaN cells; they are NoData (impassable barriers).</source>
            <translation>阻力面 {} 含有 {} 个 NaN 像元；它们被视为无数据（不可通行的障碍）。</translation>
        </message>
        <message>
            <location filename="../algorithms/layers.py" line="29" />
            <source>{}: layer {!r} is not a file raster (provider {!r}); save it as a GeoTIFF first.</source>
            <translation>{}：图层 {!r} 不是基于文件的栅格（数据提供者 {!r}）；请先将其保存为 GeoTIFF。</translation>
        </message>
        <message>
            <location filename="../algorithms/layers.py" line="42" />
            <source>{}: the table must have {} columns per row.</source>
            <translation>{}：该表每行必须有 {} 列。</translation>
        </message>
        <message>
            <location filename="../algorithms/layers.py" line="100" />
            <source>{} ({}) does not overlap the reference grid (extent {}); give a raster of the same area, or check its coordinate reference system.</source>
            <translation>{}（{}）与参考格网不重叠（范围 {}）；请给出同一区域的栅格，或检查其坐标参考系。</translation>
        </message>
        <message>
            <location filename="../algorithms/layers.py" line="118" />
            <source>{} has no data on the reference grid's cells (0 % coverage); give a raster of the same area.</source>
            <translation>{} 在参考格网的像元上没有数据（覆盖率 0 %）；请给出同一区域的栅格。</translation>
        </message>
        <message>
            <location filename="../algorithms/layers.py" line="123" />
            <source>{} covers only {:.1f} % of the reference grid; {}</source>
            <translation>{} 仅覆盖参考格网的 {:.1f} %；{}</translation>
        </message>
        <message>
            <location filename="../algorithms/layers.py" line="149" />
            <source>The resistance {} holds {} NaN cells (first at row {}, column {}) although its NoData value is {:g}; NaN is not a resistance. Set those cells to the NoData value (impassable) or to a resistance &gt; 0.</source>
            <translation>阻力面 {} 含有 {} 个 NaN 像元（首个位于第 {} 行、第 {} 列），而其无数据值为 {:g}；NaN 不是阻力值。请将这些像元设为无数据值（不可通行）或 &gt; 0 的阻力值。</translation>
        </message>
        <message>
            <location filename="../algorithms/layers.py" line="23" />
            <source>{}: choose a raster layer (the layer could not be loaded).</source>
            <translation>{}：请选择一个栅格图层（该图层无法加载）。</translation>
        </message>
        <message>
            <location filename="../algorithms/mspa_algorithm.py" line="113" />
            <source>Reading the habitat</source>
            <translation>读取生境</translation>
        </message>
        <message>
            <location filename="../algorithms/mspa_algorithm.py" line="115" />
            <source>habitat raster</source>
            <translation>生境栅格</translation>
        </message>
        <message>
            <location filename="../algorithms/mspa_algorithm.py" line="127" />
            <source>Segmenting the habitat (MSPA)</source>
            <translation>分割生境（MSPA）</translation>
        </message>
        <message>
            <location filename="../algorithms/mspa_algorithm.py" line="101" />
            <source>Give the habitat either as land use (a raster of class codes or polygons) or as a mask raster (one of the two).</source>
            <translation>请以土地利用（类别代码栅格或面要素）或掩膜栅格的形式给出生境（二者选其一）。</translation>
        </message>
        <message>
            <location filename="../algorithms/mspa_algorithm.py" line="121" />
            <source>No cell is habitat, so every cell would be background; check the habitat classes (or the mask).</source>
            <translation>没有像元属于生境，所有像元都将成为背景；请检查生境类别（或掩膜）。</translation>
        </message>
        <message>
            <location filename="../algorithms/mspa_algorithm.py" line="118" />
            <source>Habitat (foreground): {} cells, {:.1f} % of the valid cells, {:.4f} km².</source>
            <translation>生境（前景）：{} 个像元，占有效像元的 {:.1f} %，{:.4f} km²。</translation>
        </message>
        <message>
            <location filename="../algorithms/mspa_algorithm.py" line="123" />
            <source>MSPA: foreground connectivity {}, edge width {} cells ({:g} m), transition {}, intext {}.</source>
            <translation>MSPA：前景连通性 {}，边缘宽度 {} 个像元（{:g} m），过渡 {}，内外区分 {}。</translation>
        </message>
        <message>
            <location filename="../algorithms/mspa_algorithm.py" line="125" />
            <source>on</source>
            <translation>开</translation>
        </message>
        <message>
            <location filename="../algorithms/mspa_algorithm.py" line="125" />
            <source>off</source>
            <translation>关</translation>
        </message>
        <message>
            <location filename="../algorithms/mspa_algorithm.py" line="138" />
            <source>Share of the foreground: {}.</source>
            <translation>占前景的比例：{}。</translation>
        </message>
        <message>
            <location filename="../algorithms/outputs.py" line="137" />
            <source>{} and {} are both written to {}; give each output its own file.</source>
            <translation>{} 和 {} 都写入 {}；请为每个输出指定单独的文件。</translation>
        </message>
        <message>
            <location filename="../algorithms/outputs.py" line="133" />
            <source>{}: {}</source>
            <translation>{}：{}</translation>
        </message>
        <message>
            <location filename="../algorithms/outputs.py" line="145" />
            <source>{} would overwrite the input {} ({}); inputs are never modified: choose another output file.</source>
            <translation>{} 将覆盖输入 {}（{}）；输入文件永远不会被修改：请选择其他输出文件。</translation>
        </message>
        <message>
            <location filename="../algorithms/outputs.py" line="234" />
            <source>{} shares its style file with another output of this run; it keeps the first one.</source>
            <translation>{} 与本次运行的另一个输出共用样式文件；保留第一个样式。</translation>
        </message>
        <message>
            <location filename="../algorithms/outputs.py" line="258" />
            <source>A shapefile keeps 10 characters of a field name: {} (write a GeoPackage to keep the full names).</source>
            <translation>Shapefile 只保留字段名的前 10 个字符：{}（写为 GeoPackage 可保留完整字段名）。</translation>
        </message>
        <message>
            <location filename="../algorithms/outputs.py" line="320" />
            <source>{} could not be written completely.</source>
            <translation>{} 未能完整写出。</translation>
        </message>
        <message>
            <location filename="../algorithms/outputs.py" line="315" />
            <source>Feature {} of {} could not be written{}.</source>
            <translation>要素 {}（{}）未能写出{}。</translation>
        </message>
        <message>
            <location filename="../algorithms/patch_connectivity.py" line="112" />
            <source>The resistance surface</source>
            <translation>阻力面</translation>
        </message>
        <message>
            <location filename="../algorithms/patch_connectivity.py" line="114" />
            <source>The resistance surface lies on another grid; it is resampled (bilinear) onto the patches' grid for the least-cost links.</source>
            <translation>阻力面位于另一格网上；为计算最小成本连接，将其（双线性）重采样到斑块的格网上。</translation>
        </message>
        <message>
            <location filename="../algorithms/patch_connectivity.py" line="118" />
            <source>patches on cells without a resistance take no part.</source>
            <translation>位于没有阻力值的像元上的斑块不参与计算。</translation>
        </message>
        <message>
            <location filename="../algorithms/patch_connectivity.py" line="85" />
            <source>The dispersal distance threshold must be &gt; 0; give the distance at which the dispersal probability falls to the given probability (e.g. 10000 cost units, or 2000 m with distances in metres).</source>
            <translation>扩散距离阈值必须 &gt; 0；请给出扩散概率降至给定概率时的距离（例如 10000 成本单位，或以米计距离时的 2000 m）。</translation>
        </message>
        <message>
            <location filename="../algorithms/patch_connectivity.py" line="136" />
            <source>{} patches, {} least-cost links ({}, {} neighbours{}).</source>
            <translation>{} 个斑块，{} 条最小成本连接（{}，{} 邻域{}）。</translation>
        </message>
        <message>
            <location filename="../algorithms/patch_connectivity.py" line="138" />
            <source>every pair</source>
            <translation>每一对斑块</translation>
        </message>
        <message>
            <location filename="../algorithms/patch_connectivity.py" line="138" />
            <source>adjacent pairs</source>
            <translation>相邻斑块对</translation>
        </message>
        <message>
            <location filename="../algorithms/patch_connectivity.py" line="89" />
            <source>The dispersal probability at the threshold must lie strictly between 0 and 1 (0.5 for a median dispersal distance, 0.05 or 0.01 for a maximum one), not {:g}.</source>
            <translation>阈值处的扩散概率必须严格介于 0 与 1 之间（扩散距离中位数取 0.5，最大扩散距离取 0.05 或 0.01），而不是 {:g}。</translation>
        </message>
        <message>
            <location filename="../algorithms/patch_connectivity.py" line="157" />
            <source>{} patches: more than the {} for which the importance of each patch is computed (it grows faster than the square of the number of patches); PC and IIC are computed, dPC and dIIC are left empty. Raise the minimum area to rank the patches.</source>
            <translation>{} 个斑块：超过了计算每个斑块重要性的上限 {} 个（计算量增长快于斑块数的平方）；只计算 PC 和 IIC，dPC 和 dIIC 留空。请提高最小面积后再对斑块排序。</translation>
        </message>
        <message>
            <location filename="../algorithms/patch_connectivity.py" line="139" />
            <source>, at most {:g} {}</source>
            <translation>，至多 {:g} {}</translation>
        </message>
        <message>
            <location filename="../algorithms/pattern_map.py" line="144" />
            <source>{} from {:,.0f} to {:,.0f}</source>
            <translation>{}：{:,.0f} 至 {:,.0f}</translation>
        </message>
        <message>
            <location filename="../algorithms/pinch_points.py" line="81" />
            <source>Cost surfaces of the sources, then one circuit per pair of sources</source>
            <translation>计算各源地的成本面，再为每对源地建立一个电路</translation>
        </message>
        <message>
            <location filename="../algorithms/pinch_points.py" line="79" />
            <source>{} corridors between {} pairs of sources; width cut-off {:g} cost units.</source>
            <translation>{} 条廊道，位于 {} 对源地之间；宽度截断值 {:g} 成本单位。</translation>
        </message>
        <message>
            <location filename="../algorithms/pinch_points.py" line="89" />
            <source>{} of {} pairs solved in {:.1f} s ({} solver).</source>
            <translation>{} 对（共 {} 对）已求解，用时 {:.1f} s（{} 求解器）。</translation>
        </message>
        <message>
            <location filename="../algorithms/pinch_points.py" line="73" />
            <source>Pinch points need square cells (each cell is one resistor of the circuit); the resistance has {:g} × {:g} m cells. Resample it to square cells first (Raster ▸ Projections ▸ Warp).</source>
            <translation>夹点分析要求像元为正方形（每个像元是电路中的一个电阻）；当前阻力面的像元为 {:g} × {:g} m。请先将其重采样为正方形像元（栅格 ▸ 投影 ▸ 变形（重投影））。</translation>
        </message>
        <message>
            <location filename="../algorithms/pinch_points.py" line="93" />
            <source>No corridor within the cut-off joins these pairs (or they cannot reach each other); they carry no current and their eff_resist is -1: {}. A larger cut-off widens the corridors.</source>
            <translation>截断值以内没有廊道连接以下源地对（或它们无法相互到达）；它们不承载电流，eff_resist 为 -1：{}。增大截断值可使廊道变宽。</translation>
        </message>
        <message>
            <location filename="../algorithms/pinch_points.py" line="98" />
            <source>No pair of sources is joined by a corridor within the cut-off of {:g} cost units; raise the cut-off (it is a width in cost units: resistance × metres).</source>
            <translation>在 {:g} 成本单位的截断值以内，没有任何源地对由廊道连接；请增大截断值（它是以成本单位计的宽度：阻力 × 米）。</translation>
        </message>
        <message>
            <location filename="../algorithms/provider.py" line="136" />
            <source>Cancelled by the user; no output was written.</source>
            <translation>已被用户取消；未写出任何输出。</translation>
        </message>
        <message>
            <location filename="../algorithms/radiation_channels.py" line="119" />
            <source>Valley lines on corridors are left out.</source>
            <translation>位于廊道上的谷线已被舍去。</translation>
        </message>
        <message>
            <location filename="../algorithms/radiation_channels.py" line="123" />
            <source>Routing flow D8 over the MCR surface</source>
            <translation>在最小累积阻力面上按 D8 计算流向</translation>
        </message>
        <message>
            <location filename="../algorithms/radiation_channels.py" line="126" />
            <source>Routing flow over the least-cost paths</source>
            <translation>沿最小成本路径计算流向</translation>
        </message>
        <message>
            <location filename="../algorithms/radiation_channels.py" line="133" />
            <source>{} radiation channels drain at least {:g} km² and are at least {:g} m long.</source>
            <translation>{} 条辐射道的汇水面积不小于 {:g} km²，长度不小于 {:g} m。</translation>
        </message>
        <message>
            <location filename="../algorithms/search_inputs.py" line="196" />
            <source>back-direction</source>
            <translation>回溯方向</translation>
        </message>
        <message>
            <location filename="../algorithms/search_inputs.py" line="105" />
            <source>Give the sources either as a source-id raster or as polygons or points (one of the two).</source>
            <translation>请给出生态源地：源地编号栅格，或面/点要素（二者选其一）。</translation>
        </message>
        <message>
            <location filename="../algorithms/search_inputs.py" line="165" />
            <source>Reusing the given MCR surface, allocation and back-direction.</source>
            <translation>复用所给的最小累积阻力面、分配和回溯方向栅格。</translation>
        </message>
        <message>
            <location filename="../algorithms/search_inputs.py" line="171" />
            <source>Searching least-cost paths from all sources</source>
            <translation>从所有源地搜索最小成本路径</translation>
        </message>
        <message>
            <location filename="../algorithms/search_inputs.py" line="204" />
            <source>The MCR surface, allocation and back-direction come from different MCR surface runs; give the three outputs of one run (or give the sources and let this algorithm search again).</source>
            <translation>最小累积阻力面、分配和回溯方向栅格来自不同的最小累积阻力面运行；请给出同一次运行的三个输出（或给出源地，由本算法重新搜索）。</translation>
        </message>
        <message>
            <location filename="../algorithms/search_inputs.py" line="115" />
            <source>To reuse an MCR surface run, give all three of its outputs: MCR surface, allocation and back-direction (or none of them and give the sources).</source>
            <translation>要复用一次最小累积阻力面运行，请给出其全部三个输出：最小累积阻力面、分配和回溯方向栅格（或三者都不给，而给出源地）。</translation>
        </message>
        <message>
            <location filename="../algorithms/search_inputs.py" line="130" />
            <source>{} source cells lie on NoData in the resistance and are ignored (sources must lie on cells with a resistance).</source>
            <translation>{} 个源地像元位于阻力面的无数据上，已被忽略（源地必须位于有阻力值的像元上）。</translation>
        </message>
        <message>
            <location filename="../algorithms/search_inputs.py" line="135" />
            <source>Sources {} lie entirely on NoData in the resistance: they take no part in the search.</source>
            <translation>源地 {} 完全位于阻力面的无数据上：不参与搜索。</translation>
        </message>
        <message>
            <location filename="../algorithms/search_inputs.py" line="238" />
            <source>The back-direction holds codes {} that a {}-cell neighbourhood does not have; choose the neighbourhood of the MCR surface run.</source>
            <translation>回溯方向栅格含有代码 {}，而 {} 邻域中没有这些代码；请选择与最小累积阻力面运行相同的邻域。</translation>
        </message>
        <message>
            <location filename="../algorithms/search_inputs.py" line="246" />
            <source>The back-direction does not reproduce the MCR surface from this resistance at {} of {} cells checked (first at row {}, column {}): the three rasters are not the outputs of one MCR surface run on this resistance. Give the matching files, or give the sources and let this algorithm search again.</source>
            <translation>在此阻力面上，回溯方向栅格在所检查的 {} 个（共 {} 个）像元处无法复现最小累积阻力面（首个位于第 {} 行、第 {} 列）：这三个栅格不是在此阻力面上同一次最小累积阻力面运行的输出。请给出相互匹配的文件，或给出源地，由本算法重新搜索。</translation>
        </message>
        <message>
            <location filename="../algorithms/search_inputs.py" line="252" />
            <source>The MCR rasters carry no run id; they were checked cell by cell instead ({} cells).</source>
            <translation>最小累积阻力栅格没有运行标识；已改为逐像元检查（{} 个像元）。</translation>
        </message>
        <message>
            <location filename="../algorithms/search_inputs.py" line="191" />
            <source>{} does not lie on the resistance grid; give the MCR surface, allocation and back-direction of one MCR surface run on this resistance.</source>
            <translation>{} 不在阻力面格网上；请给出在此阻力面上同一次最小累积阻力面运行得到的最小累积阻力面、分配和回溯方向栅格。</translation>
        </message>
        <message>
            <location filename="../algorithms/search_inputs.py" line="199" />
            <source>{} is the {} output of an MCR surface run, not its {}; check which file goes where.</source>
            <translation>{} 是最小累积阻力面运行的 {} 输出，而不是其 {} 输出；请检查各文件是否放对了位置。</translation>
        </message>
        <message>
            <location filename="../algorithms/search_inputs.py" line="210" />
            <source>{} was computed with {} neighbours, not {}; choose the neighbourhood of the MCR surface run.</source>
            <translation>{} 是以 {} 邻域计算的，而不是 {} 邻域；请选择与最小累积阻力面运行相同的邻域。</translation>
        </message>
        <message>
            <location filename="../algorithms/select_sources.py" line="148" />
            <source>Selecting sources</source>
            <translation>识别源地</translation>
        </message>
        <message>
            <location filename="../algorithms/select_sources.py" line="150" />
            <source>land-use raster</source>
            <translation>土地利用栅格</translation>
        </message>
        <message>
            <location filename="../algorithms/select_sources.py" line="157" />
            <source>Finding habitat patches</source>
            <translation>查找生境斑块</translation>
        </message>
        <message>
            <location filename="../algorithms/select_sources.py" line="172" />
            <source>Building source polygons</source>
            <translation>构建源地面要素</translation>
        </message>
        <message>
            <location filename="../algorithms/select_sources.py" line="128" />
            <source>Ranking the patches by connectivity importance needs the resistance surface: give it, or choose the patches of at least the minimum area (the paper's rule).</source>
            <translation>按连通性重要性对斑块排序需要阻力面：请给出阻力面，或选择面积不小于最小面积的斑块（原文规则）。</translation>
        </message>
        <message>
            <location filename="../algorithms/select_sources.py" line="161" />
            <source>{} of {} habitat patches reach {:g} km²; total source area {:.4f} km².</source>
            <translation>{} 个生境斑块（共 {} 个）达到 {:g} km²；源地总面积 {:.4f} km²。</translation>
        </message>
        <message>
            <location filename="../algorithms/select_sources.py" line="203" />
            <source>Ranking the patches by {}</source>
            <translation>按 {} 对斑块排序</translation>
        </message>
        <message>
            <location filename="../algorithms/select_sources.py" line="238" />
            <source>{} of {} patches kept by {} (importance, area): {}. Next, left out: {}.</source>
            <translation>{} 个斑块（共 {} 个）按 {} 保留（重要性，面积）：{}。其后被舍去的：{}。</translation>
        </message>
        <message>
            <location filename="../algorithms/select_sources.py" line="257" />
            <source>The largest source covers {:.1f} % of the map ({:.3f} km²).</source>
            <translation>最大源地覆盖地图的 {:.1f} %（{:.3f} km²）。</translation>
        </message>
        <message>
            <location filename="../algorithms/select_sources.py" line="153" />
            <source>The minimum area {:g} km² is smaller than one cell ({:g} km²): every habitat patch qualifies.</source>
            <translation>最小面积 {:g} km² 小于一个像元（{:g} km²）：所有生境斑块都符合条件。</translation>
        </message>
        <message>
            <location filename="../algorithms/select_sources.py" line="211" />
            <source>{} patches lie entirely on NoData in the resistance; they cannot be ranked and are left out.</source>
            <translation>{} 个斑块完全位于阻力面的无数据上；无法排序，已被舍去。</translation>
        </message>
        <message>
            <location filename="../algorithms/select_sources.py" line="218" />
            <source>{} patches are too many to rank by importance; raise the minimum area.</source>
            <translation>{} 个斑块数量过多，无法按重要性排序；请提高最小面积。</translation>
        </message>
        <message>
            <location filename="../algorithms/select_sources.py" line="228" />
            <source>No patch has {} ≥ {:g} %; the highest is {:.3g} % (patch of {:.4g} km²). Lower the minimum importance.</source>
            <translation>没有斑块的 {} ≥ {:g} %；最高为 {:.3g} %（面积 {:.4g} km² 的斑块）。请降低最小重要性。</translation>
        </message>
        <message>
            <location filename="../algorithms/select_sources.py" line="260" />
            <source>One source covers {:.0f} % of the map: the pattern will have few sources and corridors. On 10–30 m land cover, cut thin links between forest blocks with an opening (e.g. radius 100 m{}), or take the core areas of an MSPA (MCR ▸ Ecological sources ▸ MSPA) ranked by connectivity importance.</source>
            <translation>一个源地覆盖了地图的 {:.0f} %：格局中的源地和廊道将很少。在 10–30 m 的土地覆被数据上，可用开运算切断森林块之间的细窄连接（例如半径 100 m{}），或取 MSPA 核心区（最小累积阻力（MCR）生态安全格局 ▸ 2 · 生态源地 ▸ 形态学空间格局分析（MSPA）），并按连通性重要性排序。</translation>
        </message>
        <message>
            <location filename="../algorithms/select_sources.py" line="264" />
            <source>, now {:g} m</source>
            <translation>，当前为 {:g} m</translation>
        </message>
        <message>
            <location filename="../algorithms/sources_input.py" line="153" />
            <source>All sources lie outside the resistance raster; check that the sources and the resistance cover the same area.</source>
            <translation>所有源地都位于阻力栅格之外；请检查源地和阻力面是否覆盖同一区域。</translation>
        </message>
        <message>
            <location filename="../algorithms/sources_input.py" line="25" />
            <source>Give the sources either as a source-id raster or as polygons (one of the two).</source>
            <translation>请给出生态源地：源地编号栅格或面要素（二者选其一）。</translation>
        </message>
        <message>
            <location filename="../algorithms/sources_input.py" line="192" />
            <source>The source layer has no features with a geometry.</source>
            <translation>源地图层没有带几何的要素。</translation>
        </message>
        <message>
            <location filename="../algorithms/sources_input.py" line="39" />
            <source>The source raster has no cell &gt; 0 on the resistance grid; sources are cells with an id &gt; 0 (0 and NoData are not sources).</source>
            <translation>源地栅格在阻力面格网上没有值 &gt; 0 的像元；源地是编号 &gt; 0 的像元（0 和无数据不是源地）。</translation>
        </message>
        <message>
            <location filename="../algorithms/sources_input.py" line="34" />
            <source>The source raster holds non-integer values; source ids must be integers &gt; 0.</source>
            <translation>源地栅格含有非整数值；源地编号必须是 &gt; 0 的整数。</translation>
        </message>
        <message>
            <location filename="../algorithms/sources_input.py" line="148" />
            <source>{} source features lie outside the resistance raster and were ignored.</source>
            <translation>{} 个源地要素位于阻力栅格之外，已被忽略。</translation>
        </message>
        <message>
            <location filename="../algorithms/sources_input.py" line="161" />
            <source>The sources have no field {!r}.</source>
            <translation>源地没有字段 {!r}。</translation>
        </message>
        <message>
            <location filename="../algorithms/sources_input.py" line="190" />
            <source>{} source features without geometry were skipped.</source>
            <translation>已跳过 {} 个没有几何的源地要素。</translation>
        </message>
        <message>
            <location filename="../algorithms/sources_input.py" line="179" />
            <source>Source feature {} has id {!r} in field {!r}; source ids must be integers &gt; 0.</source>
            <translation>源地要素 {} 的编号为 {!r}（字段 {!r}）；源地编号必须是 &gt; 0 的整数。</translation>
        </message>
        <message>
            <location filename="../algorithms/terrain_resistance.py" line="147" />
            <source>Terrain resistance</source>
            <translation>地形阻力</translation>
        </message>
        <message>
            <location filename="../algorithms/terrain_resistance.py" line="150" />
            <source>Reading the DEM</source>
            <translation>读取 DEM</translation>
        </message>
        <message>
            <location filename="../algorithms/terrain_resistance.py" line="176" />
            <source>Computing slope (Horn)</source>
            <translation>计算坡度（Horn 算法）</translation>
        </message>
        <message>
            <location filename="../algorithms/terrain_resistance.py" line="146" />
            <source>The DEM</source>
            <translation>DEM</translation>
        </message>
        <message>
            <location filename="../algorithms/terrain_resistance.py" line="165" />
            <source>The DEM has no valid cell (every cell is NoData).</source>
            <translation>DEM 没有有效像元（所有像元都是无数据）。</translation>
        </message>
        <message>
            <location filename="../algorithms/terrain_resistance.py" line="174" />
            <source>Geographic DEM: slope uses metric cell sizes per row on the ellipsoid.</source>
            <translation>地理坐标系 DEM：坡度按椭球面上逐行的米制像元大小计算。</translation>
        </message>
        <message>
            <location filename="../algorithms/terrain_resistance.py" line="188" />
            <source>Aligning onto the reference grid (bilinear)</source>
            <translation>对齐到参考格网（双线性）</translation>
        </message>
        <message>
            <location filename="../algorithms/terrain_resistance.py" line="212" />
            <source>the slope and elevation resistance are NoData elsewhere, and so is the weighted resistance there (cells without a value are barriers).</source>
            <translation>其他位置的坡度阻力和高程阻力为无数据，加权后的阻力在这些位置也为无数据（没有值的像元是障碍）。</translation>
        </message>
        <message>
            <location filename="../algorithms/terrain_resistance.py" line="258" />
            <source>The DEM has no valid cell on the output grid.</source>
            <translation>DEM 在输出格网上没有有效像元。</translation>
        </message>
        <message>
            <location filename="../algorithms/terrain_resistance.py" line="264" />
            <source>Elevation classes from this DEM ({}): {}</source>
            <translation>由该 DEM 得到的高程分级（{}）：{}</translation>
        </message>
        <message>
            <location filename="../algorithms/terrain_resistance.py" line="156" />
            <source>{} DEM cells lie below {:g} m (deeper than any ocean; first at row {}, column {}: {:g}): voids such as SRTM's undeclared -32768, treated as NoData. Declare the DEM's NoData value to silence this.</source>
            <translation>{} 个 DEM 像元低于 {:g} m（比任何海洋都深；首个位于第 {} 行、第 {} 列：{:g}）：这是 SRTM 中未声明的 -32768 之类的空值，按无数据处理。声明 DEM 的无数据值即可消除此提示。</translation>
        </message>
        <message>
            <location filename="../algorithms/terrain_resistance.py" line="220" />
            <source>{} cells have a {} outside the table; set to NoData.</source>
            <translation>{} 个像元的{}超出分级表范围；已设为无数据。</translation>
        </message>
        <message>
            <location filename="../algorithms/weighted_overlay.py" line="118" />
            <source>Weighted overlay</source>
            <translation>加权叠加</translation>
        </message>
        <message>
            <location filename="../algorithms/weighted_overlay.py" line="85" />
            <source>Give at least one resistance factor raster.</source>
            <translation>请至少给出一个阻力因子栅格。</translation>
        </message>
        <message>
            <location filename="../algorithms/weighted_overlay.py" line="147" />
            <source>The weighted resistance exceeds the Float32 range; it is written as Float64.</source>
            <translation>加权阻力超出 Float32 范围；以 Float64 写出。</translation>
        </message>
        <message>
            <location filename="../algorithms/weighted_overlay.py" line="151" />
            <source>the resistance is NoData (a barrier) where it has no value.</source>
            <translation>在其没有值的地方，阻力面为无数据（障碍）。</translation>
        </message>
        <message>
            <location filename="../algorithms/weighted_overlay.py" line="114" />
            <source>Factor {} ({})</source>
            <translation>因子 {}（{}）</translation>
        </message>
        <message>
            <location filename="../algorithms/weighted_overlay.py" line="122" />
            <source>Weighting {} factors ({})</source>
            <translation>对 {} 个因子加权（{}）</translation>
        </message>
        <message>
            <location filename="../algorithms/weighted_overlay.py" line="108" />
            <source>Factor {!r} is not a file raster; save it as a GeoTIFF first.</source>
            <translation>因子 {!r} 不是基于文件的栅格；请先将其保存为 GeoTIFF。</translation>
        </message>
        <message>
            <source>The Dask workers cannot import this plugin's code ({}). Put the plugin folder on every worker's Python path (e.g. unzip the plugin's ZIP into a folder on PYTHONPATH), then run again.</source>
            <translation type="vanished">Dask 工作进程无法导入本插件的代码（{}）。请将插件文件夹加入每个工作进程的 Python 路径（例如将插件 ZIP 解压到 PYTHONPATH 中的某个文件夹），然后重新运行。</translation>
        </message>
    </context>
</TS>
