package official_test

import (
	"bytes"
	"os"
	"path/filepath"
	"reflect"
	"strconv"
	"strings"
	"sync"
	"testing"

	"github.com/careerbot/careerbot/knowledge/official"
	"github.com/careerbot/careerbot/seeds"
)

// The published files as a whole live beside the repository, where CI puts
// them; the full-scale tests skip when they are absent.
var fullScaleDir = filepath.Join("..", "..", "..", "shared", "datasets")

var fullScale = sync.OnceValues(func() (*official.Dataset, error) { return official.ReadDir(fullScaleDir) })

func readFullScale(t *testing.T) *official.Dataset {
	t.Helper()
	if _, err := os.Stat(fullScaleDir); err != nil {
		t.Skipf("no published files at %s: %v", fullScaleDir, err)
	}
	ds, err := fullScale()
	if err != nil {
		t.Fatalf("ReadDir(%s): %v", fullScaleDir, err)
	}
	return ds
}

func TestFullScale(t *testing.T) {
	ds := readFullScale(t)

	withMedian := 0
	for _, o := range ds.Occupations {
		if o.Wages != nil && o.Wages.AnnualMedianValue > 0 {
			withMedian++
		}
	}
	if n := len(ds.Occupations); n < 1000 {
		t.Errorf("%d occupations; want at least 1,000", n)
	}
	if withMedian < 950 {
		t.Errorf("%d occupations with a median annual wage; want at least 950", withMedian)
	}

	rn := find(t, ds, "29-1141.00")
	if rn.Wages == nil || *rn.Wages != rnWages {
		t.Errorf("Registered Nurses wages = %+v; want %+v", rn.Wages, rnWages)
	}
	if rn.Projection == nil || *rn.Projection != rnProjection {
		t.Errorf("Registered Nurses projection = %+v; want %+v", rn.Projection, rnProjection)
	}
	if len(rn.Titles) == 0 || rn.Titles[0] != "Registered Nurse (RN)" || rn.Titles[1] != "RN" {
		t.Errorf("Registered Nurses titles start %q; want Registered Nurse (RN), RN", rn.Titles[:min(2, len(rn.Titles))])
	}

	tests := []struct {
		code  string
		field string
		got   func(o *official.Occupation) any
		want  any
	}{
		// "#": top-coded.
		{"29-1211.00", "annual median", func(o *official.Occupation) any { return o.Wages.AnnualMedian }, "$239,200 or more"},
		{"29-1211.00", "median value", func(o *official.Occupation) any { return o.Wages.AnnualMedianValue }, 239200.0},
		{"29-1211.00", "hourly 90th", func(o *official.Occupation) any { return o.Wages.Hourly90 }, "$115.00 or more"},
		{"11-1011.00", "annual 75th", func(o *official.Occupation) any { return o.Wages.Annual75 }, "$239,200 or more"},
		// "*": not published (actors are paid by the hour).
		{"27-2011.00", "annual median", func(o *official.Occupation) any { return o.Wages.AnnualMedian }, ""},
		{"27-2011.00", "median value", func(o *official.Occupation) any { return o.Wages.AnnualMedianValue }, 0.0},
		{"27-2011.00", "hourly median", func(o *official.Occupation) any { return o.Wages.HourlyMedian }, "$23.33"},
		// A specialty shares its parent's wages and says so.
		{"29-1141.01", "wages note", func(o *official.Occupation) any { return o.Wages.Note }, "wages of 29-1141 (Registered Nurses)"},
		{"29-1141.01", "annual median", func(o *official.Occupation) any { return o.Wages.AnnualMedian }, "$93,600"},
		// Published only at the broad group.
		{"13-1021.00", "wages from", func(o *official.Occupation) any { return o.Wages.FromCode }, "13-1020"},
		{"13-1021.00", "wages note", func(o *official.Occupation) any { return o.Wages.Note }, "wages of 13-1020 (Buyers and Purchasing Agents)"},
		// Published in a detailed row for several occupations together:
		// that row, not the broad group's.
		{"21-1014.00", "wages from", func(o *official.Occupation) any { return o.Wages.FromCode }, "21-1018"},
		{"21-1014.00", "projections from", func(o *official.Occupation) any { return o.Projection.FromCode }, "21-1018"},
		{"21-1014.00", "projected growth", func(o *official.Occupation) any { return o.Projection.ChangePercent }, "16.8%"},
		{"21-1014.00", "openings", func(o *official.Occupation) any { return o.Projection.AnnualOpenings }, "48,300"},
		{"21-1014.00", "projection education", func(o *official.Occupation) any { return o.Projection.TypicalEducation }, "Master's degree"},
		{"53-1043.00", "projections from", func(o *official.Occupation) any { return o.Projection.FromCode }, "53-1047"},
		{"25-2056.00", "annual median", func(o *official.Occupation) any { return o.Wages.AnnualMedian }, "$63,000"},
		{"25-2056.00", "wages note", func(o *official.Occupation) any { return o.Wages.Note }, "wages of 25-2052 (Special Education Teachers, Kindergarten and Elementary School)"},
		{"25-9043.00", "annual median", func(o *official.Occupation) any { return o.Wages.AnnualMedian }, "$35,240"},
		{"25-9049.00", "wages from", func(o *official.Occupation) any { return o.Wages.FromCode }, "25-9045"},
		{"51-2023.00", "annual median", func(o *official.Occupation) any { return o.Wages.AnnualMedian }, "$44,040"},
		{"53-1043.00", "annual median", func(o *official.Occupation) any { return o.Wages.AnnualMedian }, "$61,890"},
		{"15-1252.00", "education", func(o *official.Occupation) any { return o.Projection.TypicalEducation }, "Bachelor's degree"},
		{"15-1252.00", "job zone", func(o *official.Occupation) any { return o.JobZone }, 4},
		{"55-1011.00", "wages", func(o *official.Occupation) any { return o.Wages == nil }, true},
		{"29-1141.00", "tasks", func(o *official.Occupation) any { return len(o.Tasks) }, official.MaxTasks},
		{"29-1141.00", "first task", func(o *official.Occupation) any { return o.Tasks[0] }, official.Task{Text: "Record patients' medical information and vital signs.", Type: "Core"}},
		{"29-1171.00", "education levels", func(o *official.Occupation) any { return len(o.Education) }, 4},
		{"29-1141.00", "interests", func(o *official.Occupation) any { return *o.Interests },
			official.Interests{Scores: [6]string{"3.66", "4.82", "1.31", "5.62", "2.28", "4.58"}, HighPoints: [3]int{4, 2, 6}}},
		{"15-1252.00", "knowledge (not rated in 29.3)", func(o *official.Occupation) any { return len(o.Knowledge) }, 0},
		{"47-2111.00", "related", func(o *official.Occupation) any { return len(o.Related) }, 20},
		{"47-2152.00", "description", func(o *official.Occupation) any { return o.Description },
			"Assemble, install, alter, and repair pipelines or pipe systems that carry water, steam, air, or other liquids or gases. " +
				"May install heating and cooling equipment and mechanical control systems. Includes sprinkler fitters."},
	}
	for _, tt := range tests {
		o := find(t, ds, tt.code)
		if got := tt.got(o); got != tt.want {
			t.Errorf("%s %s = %#v; want %#v", tt.code, tt.field, got, tt.want)
		}
	}

	for key, want := range map[string]string{"onet-tasks": "O*NET 30.1", "onet-technology": "O*NET 29.3", "onet-education": "O*NET 29.3", "oews-state": "BLS OEWS, May 2024",
		"onet-skills": "O*NET 30.1", "onet-job-zones": "O*NET 30.1", "onet-reported-titles": "O*NET 30.1"} {
		if got := ds.Release[key]; got != want {
			t.Errorf("Release[%q] = %q; want %q", key, got, want)
		}
	}
	if n := len(ds.StateWages); n != 36367 {
		t.Errorf("%d state rows; want 36,367, one per row of the CSV", n)
	}
	// Every state cell BLS top-codes is read as such: a blank is never
	// followed by a published percentile, and where one ends a row of
	// published ones it reads "$239,200 or more" (1,279 rows; 443 medians).
	topCoded, medians := 0, 0
	for _, w := range ds.StateWages {
		dist := []string{w.Annual10, w.Annual25, w.AnnualMedian, w.Annual75, w.Annual90}
		for i := 1; i < len(dist); i++ {
			if dist[i-1] == "" && dist[i] != "" || dist[i-1] != "" && dist[i] == "" {
				t.Errorf("%s in %s: percentiles %q: a blank beside a figure", w.Code, w.AreaTitle, dist)
				break
			}
		}
		if strings.HasSuffix(w.Annual90, " or more") {
			topCoded++
		}
		if w.AnnualMedianValue == 239200 {
			medians++
			if !strings.HasSuffix(w.AnnualMedian, " or more") {
				t.Errorf("%s in %s: median value 239,200 from %q", w.Code, w.AreaTitle, w.AnnualMedian)
			}
		}
	}
	if topCoded != 1279 || medians != 443 {
		t.Errorf("%d rows top-coded, %d of them at the median; want 1,279 and 443", topCoded, medians)
	}
	for _, o := range ds.Occupations {
		if len(o.Titles) > official.MaxTitles {
			t.Errorf("%s has %d titles; want at most %d", o.Code, len(o.Titles), official.MaxTitles)
		}
		seen := map[string]bool{strings.ToLower(o.Title): true}
		for _, title := range o.Titles {
			if key := strings.ToLower(title); seen[key] {
				t.Errorf("%s: title %q repeats", o.Code, title)
			} else {
				seen[key] = true
			}
		}
		if len(o.Skills) > official.MaxSkills {
			t.Errorf("%s has %d skills; want at most %d", o.Code, len(o.Skills), official.MaxSkills)
		}
		for i := 1; i < len(o.Skills); i++ {
			if importance(t, o.Skills[i]) > importance(t, o.Skills[i-1]) {
				t.Errorf("%s skills out of order: %v", o.Code, o.Skills)
				break
			}
		}
	}
}

// TestFullScaleBundle checks that the committed bundle is the one the
// published files make (run `make seeds-official` when this fails), and its
// size.
func TestFullScaleBundle(t *testing.T) {
	ds := readFullScale(t)
	var buf bytes.Buffer
	if err := official.WriteBundle(&buf, ds); err != nil {
		t.Fatalf("WriteBundle: %v", err)
	}
	if size := buf.Len(); size > 3<<20 {
		t.Errorf("bundle is %d bytes; want under 3 MB", size)
	}
	got, err := official.ReadBundle(strings.NewReader(seeds.Official))
	if err != nil {
		t.Fatalf("ReadBundle(seeds.Official): %v", err)
	}
	if !reflect.DeepEqual(got, ds) {
		t.Errorf("seeds/official.tsv.gz is stale: it differs from ReadDir(%s); run make seeds-official", fullScaleDir)
	}
}

func importance(t *testing.T, s official.Skill) float64 {
	t.Helper()
	v, err := strconv.ParseFloat(s.Importance, 64)
	if err != nil {
		t.Fatalf("skill %s importance %q: %v", s.Name, s.Importance, err)
	}
	return v
}
