package official

import "sync"

// ReadDir reads the published files under dir, laid out as
//
//	onet/Occupation Data.xlsx          (or O*NET's tab-delimited "Occupation Data.txt", and so on)
//	onet/Alternate Titles.xlsx
//	onet/Sample of Reported Titles.xlsx
//	onet/Skills.xlsx
//	onet/Job Zones.xlsx
//	bls/national_M2024_dl.xlsx         (OEWS national; the newest national_M*_dl.xlsx)
//	bls/occupation.xlsx                (Employment Projections, table 1.2)
//
// and, when present, the tables added for issue 12:
//
//	onet/Task Statements.xlsx, Technology Skills.xlsx, Related Occupations.xlsx,
//	Interests.xlsx, Knowledge.xlsx, Education, Training, and Experience.xlsx
//	(with its Categories)
//	bls/oews_state_M2024_detailed.csv  (OEWS state estimates, as a CSV)
//
// and joins them by SOC code, the first seven characters of the O*NET-SOC
// code. An O*NET specialty (29-1141.01) shares its parent's wages and
// projections; an occupation OEWS publishes only as a group (13-1021) takes
// the group's (13-1020). Either way the Note says whose figures they are.
// Errors name the file they come from.
func ReadDir(dir string) (*Dataset, error) {
	// The files are independent; reading them side by side halves the wait
	// on a machine with a spare core.
	var (
		wg     sync.WaitGroup
		occs   []Occupation
		titles map[string]*titleRank
		skills map[string][]Skill
		zones  map[string]int
		wages  *wageTable
		proj   *projectionTable

		tasks      map[string][]Task
		technology map[string][]Technology
		related    map[string][]Related
		interests  map[string]*Interests
		knowledge  map[string][]Skill
		education  map[string][]EducationShare
		states     []StateWage
		stateRel   string

		errs [13]error
	)
	run := func(i int, read func() error) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			errs[i] = read()
		}()
	}
	run(0, func() (err error) { occs, err = readOccupations(dir); return })
	run(1, func() (err error) { titles, err = readTitles(dir); return })
	run(2, func() (err error) { skills, err = readSkills(dir); return })
	run(3, func() (err error) { zones, err = readJobZones(dir); return })
	run(4, func() (err error) { wages, err = readOEWS(dir); return })
	run(5, func() (err error) { proj, err = readProjections(dir); return })
	run(6, func() (err error) { tasks, err = readTasks(dir); return })
	run(7, func() (err error) { technology, err = readTechnology(dir); return })
	run(8, func() (err error) { related, err = readRelated(dir); return })
	run(9, func() (err error) { interests, err = readInterests(dir); return })
	run(10, func() (err error) { knowledge, err = readKnowledge(dir); return })
	run(11, func() (err error) { education, err = readEducation(dir); return })
	run(12, func() (err error) { states, stateRel, err = readStateWages(dir); return })
	wg.Wait()
	for _, err := range errs {
		if err != nil {
			return nil, err
		}
	}

	socs := map[string]bool{}
	for _, o := range occs {
		socs[o.SOC] = true
	}
	wages.combine(socs)
	proj.combine(socs)
	topCodeStates(states, wages.topHourly, wages.topAnnual)
	listed := listers(titles)
	for i := range occs {
		o := &occs[i]
		if r := titles[o.Code]; r != nil {
			o.Titles = r.best(o.Title, listed)
		}
		o.Skills = skills[o.Code]
		o.JobZone = zones[o.Code]
		o.Wages = wages.wagesFor(o)
		o.Projection = proj.projectionFor(o)
		o.Tasks = tasks[o.Code]
		o.Technology = technology[o.Code]
		o.Related = related[o.Code]
		o.Interests = interests[o.Code]
		o.Knowledge = knowledge[o.Code]
		o.Education = education[o.Code]
	}
	var all *Wages
	if wages.total != nil {
		w := wages.total.wages
		all = &w
	}
	var allProj *Projection
	if r := proj.rows["00-0000"]; r != nil {
		p := r.projection
		p.FromCode = r.code
		allProj = &p
	}
	ds := &Dataset{
		Occupations:    occs,
		StateWages:     states,
		AllOccupations: all,
		AllProjection:  allProj,
		Release: map[string]string{
			"onet":        onetRelease(dir),
			"oews":        wages.release,
			"projections": proj.release,
		},
	}
	// Cite each added table by its own release, and only when it was read.
	notes := fileReleases(dir)
	read := map[string]bool{onetTasks: tasks != nil, onetTechnology: technology != nil, onetRelated: related != nil,
		onetInterests: interests != nil, onetKnowledge: knowledge != nil, onetEducation: education != nil}
	for file, key := range ReleaseKeys {
		if !read[file] {
			continue
		}
		if r := notes[file]; r != "" {
			ds.Release[key] = r
		} else {
			ds.Release[key] = defaultReleases[file]
		}
	}
	// Tables read with Occupation Data may come from an older release
	// (Skills and Job Zones of O*NET 30.1 beside 30.2's titles): each is
	// cited by its own when the notes beside them say it differs.
	for file, key := range MainReleaseKeys {
		if r := notes[file]; r != "" && r != ds.Release["onet"] {
			ds.Release[key] = r
		}
	}
	if states != nil {
		ds.Release["oews-state"] = stateRel
	}
	return ds, nil
}
