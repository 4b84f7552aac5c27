package official_test

import (
	"bytes"
	"compress/gzip"
	"errors"
	"io"
	"reflect"
	"strings"
	"testing"

	"github.com/careerbot/careerbot/knowledge/official"
	"github.com/careerbot/careerbot/seeds"
)

func roundTrip(t *testing.T, ds *official.Dataset) *official.Dataset {
	t.Helper()
	var buf bytes.Buffer
	if err := official.WriteBundle(&buf, ds); err != nil {
		t.Fatalf("WriteBundle: %v", err)
	}
	got, err := official.ReadBundle(&buf)
	if err != nil {
		t.Fatalf("ReadBundle: %v", err)
	}
	return got
}

func TestBundleRoundTrip(t *testing.T) {
	fromFixtures, err := official.ReadDir(writeFixtures(t, fixtureOptions{}))
	if err != nil {
		t.Fatalf("ReadDir: %v", err)
	}
	tests := []struct {
		name string
		ds   *official.Dataset
	}{
		{"fixture set", fromFixtures},
		{"expected fixture values", fixtureWant},
		{"empty", &official.Dataset{Release: map[string]string{}}},
		{"empty fields", &official.Dataset{
			Release: map[string]string{"": ""},
			Occupations: []official.Occupation{{
				Titles:      []string{"", ""},
				Description: "Does things.",
				Wages:       &official.Wages{AnnualMedianValue: 0.1},
				Projection:  &official.Projection{ChangeValue: -1e-9, OpeningsValue: 1e21},
				Skills:      []official.Skill{{}},
			}},
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := roundTrip(t, tt.ds); !reflect.DeepEqual(got, tt.ds) {
				t.Errorf("ReadBundle(WriteBundle(x)):\n got %s\nwant %s", asJSON(got), asJSON(tt.ds))
			}
		})
	}
}

func TestWriteBundleRejectsSeparators(t *testing.T) {
	for _, title := range []string{"a\tb", "a\nb", "a\rb"} {
		ds := &official.Dataset{Occupations: []official.Occupation{{Code: "11-1011.00", Title: title}}}
		if err := official.WriteBundle(new(bytes.Buffer), ds); err == nil {
			t.Errorf("WriteBundle(title %q) = nil; want an error", title)
		}
	}
}

func gzipped(s string) []byte {
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	zw.Write([]byte(s))
	zw.Close()
	return buf.Bytes()
}

func TestReadBundleErrors(t *testing.T) {
	const head = "careerbot-official\t2\n"
	const occ = "O\t29-1141.00\t29-1141\tRegistered Nurses\t4\n"
	tests := []struct {
		name string
		data []byte
	}{
		{"not gzip", []byte("careerbot-official\t2\n")},
		{"truncated gzip", gzipped(head + occ)[:20]},
		{"empty", gzipped("")},
		{"other version", gzipped("careerbot-official\t1\n" + occ)},
		{"description before any occupation", gzipped(head + "D\tAssess patient health problems.\n")},
		{"empty description", gzipped(head + occ + "D\t\n")},
		{"description with two fields", gzipped(head + occ + "D\tAssess\tplan\n")},
		{"two descriptions", gzipped(head + occ + "D\tAssess.\nD\tPlan.\n")},
		{"skill before any occupation", gzipped(head + "S\tSpeaking\t4.00\t4.25\n")},
		{"titles before any occupation", gzipped(head + "T\tRN\n")},
		{"short occupation", gzipped(head + "O\t29-1141.00\t29-1141\n")},
		{"job zone not a number", gzipped(head + "O\t29-1141.00\t29-1141\tRegistered Nurses\tfour\n")},
		{"short wages", gzipped(head + occ + "W\t29-1141\t\t3,282,010\n")},
		{"long skill", gzipped(head + occ + "S\tSpeaking\t4.00\t4.25\textra\n")},
		{"median not a number", gzipped(head + occ + "W" + strings.Repeat("\t", 15) + "\tlots\n")},
		{"two wage records", gzipped(head + occ + strings.Repeat("W"+strings.Repeat("\t", 16)+"0\n", 2))},
		{"bare titles tag", gzipped(head + occ + "T\n")},
		{"unknown record", gzipped(head + occ + "X\tsomething\n")},
		{"blank line", gzipped(head + occ + "\n" + occ)},
		{"task without a lists record", gzipped(head + occ + "J\tCore\tRecord vital signs.\n")},
		{"lists of an unknown occupation", gzipped(head + occ + "M\t29-1171.00\n")},
		{"two lists records of one occupation", gzipped(head + occ + "M\t29-1141.00\nM\t29-1141.00\n")},
		{"occupation after the lists", gzipped(head + occ + "M\t29-1141.00\n" + occ)},
		{"bad member size", gzipped(head + "Z\t-1\t0\n" + occ)},
		{"task without text", gzipped(head + occ + "M\t29-1141.00\nJ\tCore\t\n")},
		{"technology with unknown flag", gzipped(head + occ + "M\t29-1141.00\nX\tZ\tPython\n")},
		{"short related", gzipped(head + occ + "M\t29-1141.00\nL\t29-1171.00\n")},
		{"high point out of range", gzipped(head + occ + "I\t1\t2\t3\t4\t5\t6\t7\t0\t0\n")},
		{"two interest records", gzipped(head + occ + strings.Repeat("I\t1\t2\t3\t4\t5\t6\t1\t2\t3\n", 2))},
		{"education category not a number", gzipped(head + occ + "M\t29-1141.00\nE\tsix\tBachelor's Degree\t55.92\n")},
		{"state figure not a number", gzipped(head + occ + "A\t29-1141\t48\tTexas\t0\tmany" + strings.Repeat("\t", 8) + "\n")},
		{"state record of a bad territory flag", gzipped(head + occ + "A\t29-1141\t48\tTexas\tno" + strings.Repeat("\t", 9) + "\n")},
		{"states out of order", gzipped(head + occ + "A\t47-2111\t48\tTexas\t0" + strings.Repeat("\t", 9) + "\nA\t29-1141\t48\tTexas\t0" + strings.Repeat("\t", 9) + "\n")},
		{"occupation after the states", gzipped(head + occ + "A\t29-1141\t48\tTexas\t0" + strings.Repeat("\t", 9) + "\n" + occ)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ds, err := official.ReadBundle(bytes.NewReader(tt.data))
			if err == nil {
				t.Fatalf("ReadBundle = %d occupations, nil error; want an error", len(ds.Occupations))
			}
			if !errors.Is(err, official.ErrBundle) {
				t.Errorf("ReadBundle error %q is not ErrBundle", err)
			}
		})
	}
}

// TestSeedsBundle checks the bundle committed in seeds/, the one every
// start-up reads.
func TestSeedsBundle(t *testing.T) {
	ds, err := official.ReadBundle(strings.NewReader(seeds.Official))
	if err != nil {
		t.Fatalf("ReadBundle(seeds.Official): %v", err)
	}
	if n := len(ds.Occupations); n < 1000 {
		t.Errorf("seeds.Official holds %d occupations; want at least 1,000", n)
	}
	rn := find(t, ds, "29-1141.00")
	if rn.Wages == nil || *rn.Wages != rnWages {
		t.Errorf("Registered Nurses wages = %+v; want %+v", rn.Wages, rnWages)
	}
	for key, want := range map[string]string{"onet": "O*NET 30.2", "oews": "BLS OEWS, May 2024", "projections": "BLS Employment Projections 2024-34"} {
		if got := ds.Release[key]; got != want {
			t.Errorf("Release[%q] = %q; want %q", key, got, want)
		}
	}
}

func BenchmarkReadBundle(b *testing.B) {
	b.SetBytes(int64(len(seeds.Official)))
	for b.Loop() {
		if _, err := official.ReadBundle(strings.NewReader(seeds.Official)); err != nil {
			b.Fatal(err)
		}
	}
}

// FuzzReadBundle feeds ReadBundle garbage: raw bytes, and — so the fuzzer
// reaches the record parser rather than stopping at gzip's checksum — text
// compressed the way a bundle is.
func FuzzReadBundle(f *testing.F) {
	var buf bytes.Buffer
	if err := official.WriteBundle(&buf, fixtureWant); err != nil {
		f.Fatal(err)
	}
	zr, err := gzip.NewReader(bytes.NewReader(buf.Bytes()))
	if err != nil {
		f.Fatal(err)
	}
	text, err := io.ReadAll(zr)
	if err != nil {
		f.Fatal(err)
	}
	f.Add(text, true)
	f.Add(buf.Bytes(), false)
	f.Add([]byte("careerbot-official\t2\nO\t29-1141.00\t29-1141\tRegistered Nurses\t4\nT\nS\n"), true)
	f.Add([]byte{}, false)
	f.Fuzz(func(t *testing.T, data []byte, compress bool) {
		if compress {
			data = gzipped(string(data))
		}
		ds, err := official.ReadBundle(bytes.NewReader(data))
		if err != nil {
			return
		}
		// Whatever reads must write back and read the same.
		var out bytes.Buffer
		if err := official.WriteBundle(&out, ds); err != nil {
			t.Fatalf("WriteBundle of a read bundle: %v", err)
		}
		again, err := official.ReadBundle(&out)
		if err != nil {
			t.Fatalf("ReadBundle of a rewritten bundle: %v", err)
		}
		if !reflect.DeepEqual(again, ds) {
			t.Fatalf("rewritten bundle reads differently:\n got %s\nwant %s", asJSON(again), asJSON(ds))
		}
	})
}

// BenchmarkReadBundleLazy is what start-up pays: the occupations, not the
// state estimates.
func BenchmarkReadBundleLazy(b *testing.B) {
	b.SetBytes(int64(len(seeds.Official)))
	for b.Loop() {
		if _, _, err := official.ReadBundleLazy(seeds.Official); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkReadBundleStates is what the first question about a state pays.
func BenchmarkReadBundleStates(b *testing.B) {
	_, parts, err := official.ReadBundleLazy(seeds.Official)
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		if _, err := parts.States(); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkReadBundleLists is what the first question about tasks,
// technology, related careers, knowledge or education pays.
func BenchmarkReadBundleLists(b *testing.B) {
	_, parts, err := official.ReadBundleLazy(seeds.Official)
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		if _, err := parts.Lists(); err != nil {
			b.Fatal(err)
		}
	}
}

// TestReadBundleLazy checks that the lazy reader and its parts give what
// ReadBundle does.
func TestReadBundleLazy(t *testing.T) {
	var buf bytes.Buffer
	if err := official.WriteBundle(&buf, fixtureWant); err != nil {
		t.Fatal(err)
	}
	ds, parts, err := official.ReadBundleLazy(buf.String())
	if err != nil {
		t.Fatalf("ReadBundleLazy: %v", err)
	}
	for _, o := range ds.Occupations {
		if o.Tasks != nil || o.Technology != nil || o.Related != nil || o.Knowledge != nil || o.Education != nil {
			t.Errorf("ReadBundleLazy read the lists of %s before they were asked for", o.Code)
		}
	}
	if ds.StateWages != nil {
		t.Errorf("ReadBundleLazy read %d state rows before they were asked for", len(ds.StateWages))
	}
	lists, err := parts.Lists()
	if err != nil {
		t.Fatalf("Lists(): %v", err)
	}
	rows, err := parts.States()
	if err != nil {
		t.Fatalf("States(): %v", err)
	}
	// Tasks streams the same task statements as Lists, in order.
	var want, got []string
	for _, o := range lists {
		for _, tk := range o.Tasks {
			want = append(want, o.Code+": "+tk.Text)
		}
	}
	if err := parts.Tasks(func(code, text string) { got = append(got, code+": "+text) }); err != nil {
		t.Fatalf("Tasks(): %v", err)
	}
	if len(want) == 0 || !reflect.DeepEqual(got, want) {
		t.Errorf("Tasks() = %q; want the tasks of Lists(), %q", got, want)
	}
	// Put the parts back together: it must be what was written.
	byCode := map[string]official.Occupation{}
	for _, o := range lists {
		byCode[o.Code] = o
	}
	for i := range ds.Occupations {
		o := &ds.Occupations[i]
		l := byCode[o.Code]
		o.Tasks, o.Technology, o.Related, o.Knowledge, o.Education = l.Tasks, l.Technology, l.Related, l.Knowledge, l.Education
	}
	ds.StateWages = rows
	if !reflect.DeepEqual(ds, fixtureWant) {
		t.Errorf("ReadBundleLazy differs from what was written:\n got %s\nwant %s", asJSON(ds), asJSON(fixtureWant))
	}
	// A bundle without lists or states has nothing to read later.
	bare := &official.Dataset{Release: fixtureWant.Release, Occupations: []official.Occupation{{Code: "11-1011.00", SOC: "11-1011", Title: "Chief Executives"}}}
	buf.Reset()
	if err := official.WriteBundle(&buf, bare); err != nil {
		t.Fatal(err)
	}
	_, parts, err = official.ReadBundleLazy(buf.String())
	if err != nil {
		t.Fatalf("ReadBundleLazy: %v", err)
	}
	if l, err := parts.Lists(); l != nil || err != nil {
		t.Errorf("Lists() of a bundle without lists = %d, %v", len(l), err)
	}
	if rows, err := parts.States(); rows != nil || err != nil {
		t.Errorf("States() of a bundle without states = %d rows, %v", len(rows), err)
	}
	// Sizes that do not add up are an error, not a guess.
	if _, _, err := official.ReadBundleLazy(buf.String() + "\x00"); !errors.Is(err, official.ErrBundle) {
		t.Errorf("ReadBundleLazy with a stray byte after the first part: %v; want ErrBundle", err)
	}
}
