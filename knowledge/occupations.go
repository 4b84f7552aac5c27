package knowledge

import (
	"fmt"
	"strings"

	"github.com/careerbot/careerbot/knowledge/official"
	"github.com/careerbot/careerbot/seeds"
)

// Sources of official statistics. Their titles are how answers cite them.
const (
	SourceOEWS        = "official:oews"
	SourceProjections = "official:projections"
	SourceONET        = "official:onet"
)

// ONETAttribution is the notice O*NET's CC BY 4.0 licence requires.
const ONETAttribution = "Includes information from the O*NET 30.2 Database by the U.S. Department of Labor, " +
	"Employment and Training Administration (USDOL/ETA), used under the CC BY 4.0 licence; modified."

// AddOfficial adds official occupations as careers of their own (an
// occupation and a page career of the same name stay two careers, each with
// its own source). Replacing an occupation's figures is what a newer
// release should do, so official data always replaces older official data.
func (bl *Builder) AddOfficial(ds *official.Dataset) int {
	// What the careers keep is copied out of the dataset's strings (see
	// careerBlocks).
	release := func(key, fallback string) string {
		if r := ds.Release[key]; r != "" {
			return strings.Clone(r)
		}
		return fallback
	}
	keep := newCareerBlocks(ds)
	if w := ds.AllOccupations; w != nil {
		// Copied out of the bundle's text, as the careers' figures are.
		all := official.Wages{FromCode: strings.Clone(w.FromCode), Employment: strings.Clone(w.Employment),
			HourlyMean: strings.Clone(w.HourlyMean), HourlyMedian: strings.Clone(w.HourlyMedian),
			AnnualMean: strings.Clone(w.AnnualMean), AnnualMedian: strings.Clone(w.AnnualMedian),
			Annual10: strings.Clone(w.Annual10), Annual25: strings.Clone(w.Annual25), Annual75: strings.Clone(w.Annual75),
			Annual90: strings.Clone(w.Annual90), AnnualMedianValue: w.AnnualMedianValue}
		bl.all = &all
	}
	if p := ds.AllProjection; p != nil {
		proj := official.Projection{FromCode: strings.Clone(p.FromCode), Employment2024: strings.Clone(p.Employment2024),
			Employment2034: strings.Clone(p.Employment2034), EmploymentChange: strings.Clone(p.EmploymentChange),
			ChangePercent: strings.Clone(p.ChangePercent), ChangeValue: p.ChangeValue,
			AnnualOpenings: strings.Clone(p.AnnualOpenings), OpeningsValue: p.OpeningsValue}
		bl.allProj = &proj
	}
	bl.sources[SourceOEWS] = Source{ID: SourceOEWS, Kind: SourceOfficial, Title: release("oews", "BLS OEWS"), URL: "https://www.bls.gov/oes/"}
	bl.sources[SourceProjections] = Source{ID: SourceProjections, Kind: SourceOfficial, Title: release("projections", "BLS Employment Projections"), URL: "https://www.bls.gov/emp/"}
	bl.sources[SourceONET] = Source{ID: SourceONET, Kind: SourceOfficial, Title: release("onet", "O*NET"), URL: "https://www.onetcenter.org/"}
	bl.addOfficialSources(ds)
	skillsSource, zoneSource := mainSource(bl.sources, SourceONETSkills), mainSource(bl.sources, SourceONETJobZones)
	if ds.StateWages != nil {
		bl.states, bl.statesDirty = loadedStates(ds.StateWages), true
	}
	for i := range ds.Occupations {
		o := &ds.Occupations[i]
		c := keep.career(officialKeyPrefix+o.Code, o.Title)
		// Already without duplicates and without the title.
		c.Aliases = packedAliases(o.Titles, &keep.text, &keep.ends)
		// Sources are listed in the order the facts citing them are set
		// (O*NET, OEWS, projections), then those of the lists.
		set := func(f Field, v, src string) {
			if v != "" {
				c.setFact(Fact{Field: f, Value: v, Source: src})
				c.addSource(src)
			}
		}
		set(FieldONETCode, o.Code, SourceONET)
		set(FieldDescription, o.Description, SourceONET)
		if o.JobZone > 0 {
			set(FieldJobZone, fmt.Sprintf("%d of 5", o.JobZone), zoneSource)
		}
		if w := o.Wages; w != nil {
			set(FieldMedianAnnual, w.AnnualMedian, SourceOEWS)
			set(FieldMedianHourly, w.HourlyMedian, SourceOEWS)
			set(FieldMeanAnnual, w.AnnualMean, SourceOEWS)
			set(FieldMeanHourly, w.HourlyMean, SourceOEWS)
			set(FieldWageRange80, span(w.Annual10, w.Annual90), SourceOEWS)
			set(FieldWageRange50, span(w.Annual25, w.Annual75), SourceOEWS)
			set(FieldHourlyRange80, span(w.Hourly10, w.Hourly90), SourceOEWS)
			set(FieldAnnual10, w.Annual10, SourceOEWS)
			set(FieldAnnual25, w.Annual25, SourceOEWS)
			set(FieldAnnual75, w.Annual75, SourceOEWS)
			set(FieldAnnual90, w.Annual90, SourceOEWS)
			set(FieldHourly10, w.Hourly10, SourceOEWS)
			set(FieldHourly25, w.Hourly25, SourceOEWS)
			set(FieldHourly75, w.Hourly75, SourceOEWS)
			set(FieldHourly90, w.Hourly90, SourceOEWS)
			set(FieldEmployment, w.Employment, SourceOEWS)
			// The employment is the same row's: "wages and employment of
			// 29-1229 (Physicians, All Other)", not the specialty's own.
			set(FieldWageNote, strings.Replace(w.Note, "wages of ", borrowedNote, 1), SourceOEWS)
		}
		if p := o.Projection; p != nil {
			set(FieldProjectedGrowth, p.ChangePercent, SourceProjections)
			set(FieldAnnualOpenings, p.AnnualOpenings, SourceProjections)
			// The projections' own base year beside the year projected: BLS
			// counts the self-employed there, so it differs from OEWS's
			// May 2024 count, and growth is from it.
			set(FieldEmployment2024, p.Employment2024, SourceProjections)
			set(FieldEmployment2034, p.Employment2034, SourceProjections)
			// BLS's own change, from its unrounded counts: ranks "which
			// jobs will add the most".
			set(FieldEmploymentChange, p.EmploymentChange, SourceProjections)
			set(FieldTypicalEducation, p.TypicalEducation, SourceProjections)
			set(FieldWorkExperience, p.WorkExperience, SourceProjections)
			set(FieldJobTraining, p.JobTraining, SourceProjections)
			set(FieldProjectionNote, p.Note, SourceProjections)
		}
		if len(o.Skills) > 0 {
			l := List{Kind: ListSkillImportance, Source: skillsSource, Items: keep.items(len(o.Skills))}
			for _, s := range o.Skills {
				l.Items = append(l.Items, Item{Name: keep.shared(s.Name), Share: keep.shared(s.Importance)})
			}
			c.Lists[ListSkillImportance] = l
			c.addSource(l.Source)
		}
		addOfficialMore(c, o, keep)
		for _, f := range c.facts.list { // still a list: the career is being built
			c.addSource(f.Source)
		}
		bl.careers[c.Key] = c
		bl.dirty[c.Key] = true
	}
	return len(ds.Occupations)
}

// careerBlocks holds what AddOfficial's careers keep in a few blocks
// sized for them all, rather than in several small objects a career: the
// collector marks every object it finds, and a thousand careers made a
// dozen each. The strings are copies: the dataset's are cut from the text
// of a whole file, most of which the careers do not need and which is
// freed once they are built.
type careerBlocks struct {
	text    strings.Builder
	careers []Career
	ends    []uint32 // of the careers' Aliases
	list    []Item
	// Skill names and ratings repeat from career to career: each is
	// copied once.
	copies map[string]string
}

// newCareerBlocks returns blocks for what AddOfficial keeps of ds.
func newCareerBlocks(ds *official.Dataset) *careerBlocks {
	text, aliases, items := 0, 0, 0
	copies := map[string]string{}
	share := func(s string) {
		if _, ok := copies[s]; !ok {
			copies[s] = ""
			text += len(s)
		}
	}
	for i := range ds.Occupations {
		o := &ds.Occupations[i]
		text += len(o.Title)
		aliases += len(o.Titles)
		for _, t := range o.Titles {
			text += len(t)
		}
		items += len(o.Skills)
		for _, s := range o.Skills {
			share(s.Name)
			share(s.Importance)
		}
		if o.Interests != nil {
			items += len(o.Interests.Scores)
			for _, s := range o.Interests.Scores {
				share(s)
			}
		}
	}
	b := &careerBlocks{
		careers: make([]Career, len(ds.Occupations)),
		ends:    make([]uint32, aliases),
		list:    make([]Item, items),
		copies:  copies,
	}
	b.text.Grow(text)
	return b
}

// copy returns a copy of s in the text block. The block only grows when
// more is copied than it was sized for: copies already made stay valid.
func (b *careerBlocks) copy(s string) string {
	start := b.text.Len()
	b.text.WriteString(s)
	return b.text.String()[start:]
}

// shared returns the one copy of s, a string careers repeat.
func (b *careerBlocks) shared(s string) string {
	c, ok := b.copies[s]
	if !ok || c == "" && s != "" {
		c = b.copy(s)
		if b.copies == nil {
			b.copies = map[string]string{}
		}
		b.copies[s] = c
	}
	return c
}

// career returns a new career, as newCareer does, from the block.
func (b *careerBlocks) career(key, name string) *Career {
	if len(b.careers) == 0 {
		b.careers = make([]Career, 1)
	}
	c := &b.careers[0]
	b.careers = b.careers[1:]
	*c = Career{Key: key, Name: b.copy(name), Lists: map[ListKind]List{}}
	return c
}

// items returns room for n items from the block, to append to.
func (b *careerBlocks) items(n int) []Item {
	if len(b.list) < n {
		b.list = make([]Item, n)
	}
	out := b.list[:0:n]
	b.list = b.list[n:]
	return out
}

// span joins the two ends of a range as the sources print them; a range
// with an unpublished end is not given.
func span(lo, hi string) string {
	if lo == "" || hi == "" {
		return ""
	}
	return lo + " to " + hi
}

// bundledOfficial reads the official statistics embedded in the binary,
// all but the lists of issue 12 and the state estimates, which the tables
// it returns read on first use.
func bundledOfficial() (*official.Dataset, *listTable, *stateTable, error) {
	ds, parts, err := official.ReadBundleLazy(seeds.Official)
	if err != nil {
		return nil, nil, nil, fmt.Errorf("read embedded official statistics: %w", err)
	}
	lists := func() ([]official.Occupation, error) {
		occs, err := parts.Lists()
		if err != nil {
			return nil, fmt.Errorf("read embedded official lists: %w", err)
		}
		return occs, nil
	}
	states := func() ([]official.StateWage, error) {
		rows, err := parts.States()
		if err != nil {
			return nil, fmt.Errorf("read embedded state estimates: %w", err)
		}
		return rows, nil
	}
	tasks := func() (map[string][]string, error) {
		out := map[string][]string{}
		err := parts.Tasks(func(code, text string) {
			out[officialKeyPrefix+code] = append(out[officialKeyPrefix+code], text)
		})
		if err != nil {
			return nil, fmt.Errorf("read embedded official tasks: %w", err)
		}
		return out, nil
	}
	return ds, &listTable{load: lists, loadTasks: tasks}, &stateTable{load: states}, nil
}

// bundledOfficialAll reads all the official statistics embedded in the
// binary at once, for a new database to hold them.
func bundledOfficialAll() (*official.Dataset, error) {
	ds, err := official.ReadBundle(strings.NewReader(seeds.Official))
	if err != nil {
		return nil, fmt.Errorf("read embedded official statistics: %w", err)
	}
	return ds, nil
}

// borrowedNote begins the note of a career whose wages and employment are
// another OEWS row's (an O*NET specialty's are its occupation's).
const borrowedNote = "wages and employment of "
