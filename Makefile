# MCR Ecological Security Pattern — developer commands. `make help` lists them.
# Everything runs headless on Debian's QGIS (/usr/bin/python3, qgis_process.bin).

PYTHON       ?= /usr/bin/python3
QGIS_PROCESS ?= /usr/bin/qgis_process.bin
PLUGIN_NAME  := mcr_security_pattern
BUILD        := $(CURDIR)/.build
VERSION      := $(shell sed -n 's/^version=//p' metadata.txt)
DEB_PACKAGES := qgis python3-qgis qgis-providers python3-gdal python3-numpy python3-scipy \
                python3-pytest python3-pip python3-dask python3-distributed
# Optional accelerators the plugin uses when importable (circuit theory's AMG solver); the
# tests run with them so that both paths stay tested. Installed beside the repository, not
# into the system: QGIS does not need them.
PYDEPS       := $(BUILD)/pydeps
PIP_PACKAGES := pyamg==5.2.1
SUDO         := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
PYTEST_ARGS  ?=

# A hermetic, headless QGIS: throw-away profile, plugin linked in under its package name.
export QT_QPA_PLATFORM         := offscreen
export XDG_RUNTIME_DIR         := $(BUILD)/runtime
export QGIS_CUSTOM_CONFIG_PATH := $(BUILD)/profile
export QGIS_PLUGINPATH         := $(BUILD)/plugins
export GDAL_PAM_ENABLED        := NO
export QT_HASH_SEED            := 0
export MCR_QGIS_PROCESS        := $(QGIS_PROCESS)
export PYTHONPATH              := $(PYDEPS)$(if $(PYTHONPATH),:$(PYTHONPATH))

.PHONY: help setup link test test-unit test-qgis-matrix demo package bench bench-chain sample models styles clean \
        docs translations screenshots qt6-check

help:
	@echo "make setup    install what is missing (Debian packages: $(DEB_PACKAGES))"
	@echo "make test     setup, then the whole test suite headless (unit, qgis, e2e with qgis_process)"
	@echo "make test-qgis-matrix  the suite on QGIS 3.22, 3.40 and 3.44 (Debian 13 chroots, cached)"
	@echo "make demo     setup, then run the whole chain on the sample data into ./demo-output/"
	@echo "make package  build dist/$(PLUGIN_NAME)-$(VERSION).zip for QGIS 'Install from ZIP'"
	@echo "make bench    benchmark the MCR engine against GRASS, WhiteboxTools, scikit-image"
	@echo "              on land-use-like rasters and thin fronts (BENCH_CASES, BENCH_KNIGHT=1 adds 16 neighbours),"
	@echo "              then the circuit solvers against spsolve per pair (BENCH_CIRCUIT; benchmarks/output/)"
	@echo "make bench-chain  the whole chain at 4000² and 8000² cells: per-step time and peak memory"
	@echo "              (BENCH_CHAIN_SIZES=\"4000 8000\"; results in benchmarks/output/chain.md)"
	@echo "make sample   regenerate resources/sample/ (deterministic)"
	@echo "make models   regenerate resources/models/*.model3, the shipped models (reproducible)"
	@echo "make styles   regenerate resources/styles/*.qml (reproducible)"
	@echo "make docs     regenerate docs/algorithms.md (every algorithm's help; its Help button opens it)"
	@echo "make translations  refresh i18n/*.ts from the code and help files, keep translations, compile .qm"
	@echo "make screenshots   toolbox, a dialog and the Modeler as QGIS draws them -> docs/screenshots/"
	@echo "make qt6-check     QGIS's pyqt5_to_pyqt6 migration checker over the plugin (QGIS 4 readiness)"

setup:
	@missing=""; \
	for package in $(DEB_PACKAGES); do \
	  dpkg-query -W -f='$${Status}' $$package 2>/dev/null | grep -q "install ok installed" \
	    || missing="$$missing $$package"; \
	done; \
	if [ -n "$$missing" ]; then \
	  echo "setup: installing Debian packages:$$missing"; \
	  $(SUDO) apt-get update -qq && \
	  DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq --no-install-recommends $$missing; \
	else \
	  echo "setup: Debian packages already installed ($(DEB_PACKAGES))"; \
	fi
	@[ -d $(PYDEPS)/pyamg ] || { \
	  echo "setup: installing $(PIP_PACKAGES) into $(PYDEPS) (PyPI; optional at run time)"; \
	  $(PYTHON) -m pip install -q --disable-pip-version-check --no-deps --only-binary=:all: --target $(PYDEPS) $(PIP_PACKAGES); }

# Link the repository in as a plugin folder and enable it in the throw-away profile.
link:
	@mkdir -p $(BUILD)/plugins $(QGIS_CUSTOM_CONFIG_PATH) $(XDG_RUNTIME_DIR)
	@chmod 700 $(XDG_RUNTIME_DIR)
	@ln -sfn $(CURDIR) $(BUILD)/plugins/$(PLUGIN_NAME)
	@$(QGIS_PROCESS) plugins enable $(PLUGIN_NAME) >/dev/null 2>&1 || true

test: setup link
	$(PYTHON) -m pytest tests $(PYTEST_ARGS)

# The suite on QGIS 3.22 (this machine), 3.40 and 3.44 (cached Debian 13 chroots; needs root).
test-qgis-matrix:
	tests/matrix/qgis_matrix.sh $(QGIS_VERSIONS)

test-unit:
	$(PYTHON) -m pytest tests/unit $(PYTEST_ARGS)

demo: setup link
	$(PYTHON) resources/sample/demo.py demo-output

# What QGIS needs at run time: no build scripts, no demo, no README pictures, compiled translations only.
PACKAGE_DEV_ONLY := (^|/)build_[a-z_]*\.py$$|^resources/sample/(generate_sample|demo|render_pattern)\.py$$|\.png$$
package:
	@rm -rf $(BUILD)/package && mkdir -p $(BUILD)/package/$(PLUGIN_NAME) dist
	@git ls-files -z --cached --others --exclude-standard -- metadata.txt __init__.py plugin.py LICENSE README.md \
	  algorithms icons resources 'i18n/*.qm' | grep -z -v -E '$(PACKAGE_DEV_ONLY)' \
	  | xargs -0 cp --parents -t $(BUILD)/package/$(PLUGIN_NAME)
	@rm -f dist/$(PLUGIN_NAME)-$(VERSION).zip
	@cd $(BUILD)/package && $(PYTHON) -m zipfile -c $(CURDIR)/dist/$(PLUGIN_NAME)-$(VERSION).zip $(PLUGIN_NAME)
	@echo "package: dist/$(PLUGIN_NAME)-$(VERSION).zip (QGIS: Plugins > Manage and Install Plugins > Install from ZIP)"

# The reference engines stay out of the plugin's runtime: GRASS from Debian, scikit-image and
# WhiteboxTools (whitebox-workflows) with a current numpy/scipy in a venv under .build/.
BENCH_VENV := $(BUILD)/bench-venv
bench: setup
	@dpkg-query -W -f='$${Status}' grass-core 2>/dev/null | grep -q "install ok installed" || { \
	  echo "bench: installing Debian package grass-core (GRASS r.cost)"; \
	  $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq --no-install-recommends grass-core python3-venv; }
	@[ -x $(BENCH_VENV)/bin/python ] || { \
	  echo "bench: creating $(BENCH_VENV) with scikit-image, whitebox-workflows, numpy, scipy (PyPI)"; \
	  $(PYTHON) -m venv $(BENCH_VENV) && $(BENCH_VENV)/bin/pip install -q scikit-image whitebox-workflows numpy scipy; }
	BENCH_VENV=$(BENCH_VENV) $(PYTHON) benchmarks/run.py
	@mkdir -p benchmarks/output
	$(PYTHON) benchmarks/circuit_bench.py $(BENCH_CIRCUIT) | tee benchmarks/output/circuit.md

# Circuit theory: pairwise with 10 sources (ours vs spsolve once per pair, 1000²; at 2000² spsolve needs
# 13 GB and minutes per pair: add baseline-2000 to measure it), one-to-all at 4000² (AMG; the direct
# solver would need ~47 GB and is skipped).
BENCH_CIRCUIT ?= pairwise-1000 baseline-1000 pairwise-2000 onetoall-4000
BENCH_CHAIN_SIZES ?= 4000 8000
bench-chain: setup link
	$(PYTHON) benchmarks/chain.py $(BENCH_CHAIN_SIZES)

sample:
	$(PYTHON) resources/sample/generate_sample.py resources/sample

models: link
	$(PYTHON) resources/models/build_models.py resources/models

styles:
	$(PYTHON) resources/styles/build_styles.py resources/styles

docs: link
	$(PYTHON) docs/build_docs.py docs/algorithms.md

# Qt's lrelease (Debian: qttools5-dev-tools) compiles the .ts; the .qm is committed (users have no lrelease).
translations: link
	@command -v lrelease >/dev/null 2>&1 || dpkg-query -W -f='$${Status}' qttools5-dev-tools 2>/dev/null \
	  | grep -q "install ok installed" || { echo "translations: installing Debian package qttools5-dev-tools (lrelease)"; \
	  $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq \
	  --no-install-recommends qttools5-dev-tools; }
	$(PYTHON) i18n/update_translations.py

# Offscreen grabs of QGIS's own widgets; the Chinese one needs a CJK font (Debian: fonts-wqy-microhei).
screenshots: link
	@fc-list :lang=zh 2>/dev/null | grep -q . || { echo "screenshots: installing Debian package fonts-wqy-microhei"; \
	  $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq \
	  --no-install-recommends fonts-wqy-microhei; }
	$(PYTHON) docs/screenshots.py docs/screenshots
	$(PYTHON) docs/screenshots.py docs/screenshots --zh_CN

# QGIS's own QGIS 4 migration checker, in a venv beside Debian's QGIS (tokenize-rt and astpretty from
# PyPI; the test makes it under .build/). Here a venv that cannot be made fails instead of skipping.
qt6-check:
	$(PYTHON) -m pytest -q tests/unit/test_qt6_migration_script.py -p no:cacheprovider -W error::UserWarning

clean:
	rm -rf $(BUILD) dist demo-output
