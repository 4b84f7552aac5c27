package rendercache_test

import (
	"fmt"
	"reflect"
	"sync"
	"testing"

	"github.com/careerbot/careerbot/adapters/rendercache"
	"github.com/careerbot/careerbot/bot"
)

// TestKeyCoversEveryField lists the fields of bot.Answer (and of the types
// it holds) that Key was written for. A new field fails here until Key
// hashes it: two answers differing only in it would share a rendering.
func TestKeyCoversEveryField(t *testing.T) {
	known := map[reflect.Type][]string{
		reflect.TypeFor[bot.Answer](): {"Kind", "Intent", "Title", "Summary", "Fields", "Table", "Lists", "Chart", "Sources", "Suggestions", "About", "Listed", "Places", "Choices"},
		reflect.TypeFor[bot.Field]():  {"Label", "Value", "Source"},
		reflect.TypeFor[bot.Table]():  {"Columns", "Rows"},
		reflect.TypeFor[bot.Row]():    {"Label", "Cells"},
		reflect.TypeFor[bot.List]():   {"Title", "Items"},
		reflect.TypeFor[bot.Source](): {"Title", "URL"},
		reflect.TypeFor[bot.Choice](): {"Key", "Label", "Question"},
	}
	for typ, names := range known {
		var got []string
		for i := range typ.NumField() {
			got = append(got, typ.Field(i).Name)
		}
		if !reflect.DeepEqual(got, names) {
			t.Errorf("%s has fields %q; Key hashes %q: update Key (and this list)", typ, got, names)
		}
	}
}

func sample() bot.Answer {
	return bot.Answer{
		Kind: bot.KindProfile, Intent: "pay", Title: "Lead Technician", Summary: "A Lead Technician earns $90,615 a year.",
		Fields:      []bot.Field{{Label: "Yearly salary", Value: "$90,615", Source: "page"}},
		Table:       &bot.Table{Columns: []string{"", "Lead Technician"}, Rows: []bot.Row{{Label: "Hourly", Cells: []string{"$43.56"}}}},
		Lists:       []bot.List{{Title: "Skills", Items: []string{"Repair"}}},
		Chart:       &bot.Chart{Title: "Pay"},
		Sources:     []bot.Source{{Title: "Lead Technician vs Senior Support Technician", URL: "https://example.com/a"}},
		Suggestions: []string{"top skills for a lead technician"},
		About:       []string{"lead-technician"},
		Choices:     []bot.Choice{{Key: "k", Label: "L", Question: "q"}},
	}
}

// TestKeyChangesWithEveryField changes one thing at a time: every change
// gets a key of its own, and an equal answer built apart gets the same key.
func TestKeyChangesWithEveryField(t *testing.T) {
	c := rendercache.New[int](8)
	base := sample()
	changes := map[string]func(a *bot.Answer){
		"Kind":            func(a *bot.Answer) { a.Kind = bot.KindCompare },
		"Intent":          func(a *bot.Answer) { a.Intent = "salary" },
		"Title":           func(a *bot.Answer) { a.Title += "s" },
		"Summary":         func(a *bot.Answer) { a.Summary = "A Lead Technician earns $90,616 a year." },
		"Field.Label":     func(a *bot.Answer) { a.Fields[0].Label = "Hourly" },
		"Field.Value":     func(a *bot.Answer) { a.Fields[0].Value = "$90,614" },
		"Field.Source":    func(a *bot.Answer) { a.Fields[0].Source = "" },
		"no fields":       func(a *bot.Answer) { a.Fields = nil },
		"no table":        func(a *bot.Answer) { a.Table = nil },
		"Table.Columns":   func(a *bot.Answer) { a.Table.Columns = []string{"", "Lead Tech"} },
		"Row.Label":       func(a *bot.Answer) { a.Table.Rows[0].Label = "Yearly" },
		"Row.Cells":       func(a *bot.Answer) { a.Table.Rows[0].Cells = []string{"$43.57"} },
		"List.Title":      func(a *bot.Answer) { a.Lists[0].Title = "Tasks" },
		"List.Items":      func(a *bot.Answer) { a.Lists[0].Items = append(a.Lists[0].Items, "Lead") },
		"no chart":        func(a *bot.Answer) { a.Chart = nil },
		"Source.Title":    func(a *bot.Answer) { a.Sources[0].Title = "BLS OEWS" },
		"Source.URL":      func(a *bot.Answer) { a.Sources[0].URL = "" },
		"Suggestions":     func(a *bot.Answer) { a.Suggestions = nil },
		"About":           func(a *bot.Answer) { a.About = []string{"other"} },
		"Listed":          func(a *bot.Answer) { a.Listed = []string{"other"} },
		"Places":          func(a *bot.Answer) { a.Places = []string{"TX"} },
		"Choice.Key":      func(a *bot.Answer) { a.Choices[0].Key = "j" },
		"Choice.Label":    func(a *bot.Answer) { a.Choices[0].Label = "M" },
		"Choice.Question": func(a *bot.Answer) { a.Choices[0].Question = "r" },
		"words move across": func(a *bot.Answer) {
			a.Title, a.Summary = "Lead Technician A", " Lead Technician earns $90,615 a year."[2:]
		},
	}
	seen := map[rendercache.Key]string{c.Key(&base): "base"}
	for name, change := range changes {
		a := sample()
		change(&a)
		k := c.Key(&a)
		if other, dup := seen[k]; dup {
			t.Errorf("change %q has the key of %q", name, other)
		}
		seen[k] = name
	}
	again := sample()
	if c.Key(&again) != c.Key(&base) {
		t.Errorf("equal answers built apart have different keys")
	}
	if c.Key(&base, "ab", "c") == c.Key(&base, "a", "bc") || c.Key(&base, "x") == c.Key(&base) {
		t.Errorf("different options give the same key")
	}
}

func TestCacheBoundedAndReset(t *testing.T) {
	c := rendercache.New[string](3)
	keys := make([]rendercache.Key, 5)
	for i := range keys {
		a := bot.Answer{Title: fmt.Sprint(i)}
		keys[i] = c.Key(&a)
		c.Put(keys[i], fmt.Sprint("rendered ", i))
	}
	if c.Len() != 3 {
		t.Errorf("Len() = %d after 5 puts into a cache of 3", c.Len())
	}
	for i, k := range keys {
		v, ok := c.Get(k)
		if wantKept := i >= 2; ok != wantKept || ok && v != fmt.Sprint("rendered ", i) {
			t.Errorf("Get(key %d) = %q, %v; want kept %v", i, v, ok, wantKept)
		}
	}
	c.Reset()
	if _, ok := c.Get(keys[4]); ok || c.Len() != 0 {
		t.Errorf("after Reset: Len() = %d, newest still kept %v", c.Len(), ok)
	}
	c.Put(keys[0], "again")
	if v, ok := c.Get(keys[0]); !ok || v != "again" {
		t.Errorf("Get after Reset and Put = %q, %v", v, ok)
	}

	var none *rendercache.Cache[string]
	none.Put(keys[0], "x")
	none.Reset()
	if _, ok := none.Get(keys[0]); ok || none.Len() != 0 {
		t.Errorf("a nil cache kept something")
	}
}

// TestCacheConcurrent is for -race.
func TestCacheConcurrent(t *testing.T) {
	c := rendercache.New[int](16)
	var wg sync.WaitGroup
	for g := range 4 {
		wg.Go(func() {
			for i := range 200 {
				a := bot.Answer{Title: fmt.Sprint(i % 40)}
				k := c.Key(&a)
				if v, ok := c.Get(k); ok && v != i%40 {
					t.Errorf("goroutine %d: Get = %d; want %d", g, v, i%40)
					return
				}
				c.Put(k, i%40)
				if i%97 == 0 {
					c.Reset()
				}
			}
		})
	}
	wg.Wait()
	if c.Len() > 16 {
		t.Errorf("Len() = %d > 16", c.Len())
	}
}

// BenchmarkKey is the cost of keying an answer the size of a salary answer.
func BenchmarkKey(b *testing.B) {
	c := rendercache.New[int](1)
	a := sample()
	b.ReportAllocs()
	for b.Loop() {
		c.Key(&a, "true", "", "1", "16", "180")
	}
}
