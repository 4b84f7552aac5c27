# Official occupational statistics bundle (issue 7). Included from Makefile.
#
# Rebuilds seeds/official.tsv.gz from the agencies' published files
# (O*NET, BLS OEWS, BLS Employment Projections); commit the result.
OFFICIAL_DATASETS ?= ../shared/datasets

.PHONY: seeds-official
seeds-official:
	go run ./cmd/careerbot bundle-official $(OFFICIAL_DATASETS) seeds/official.tsv.gz
