package official

// Occupation is one O*NET occupation with the figures that join to it.
type Occupation struct {
	Code  string // O*NET-SOC code, "29-1141.00"
	SOC   string // the SOC code OEWS and the projections use, "29-1141"
	Title string // O*NET title, "Registered Nurses"

	// Description is O*NET's description of the occupation, as published
	// ("Assess patient health problems and needs, …"); "" when none.
	Description string

	// Titles are the alternate, short and reported titles, most common first
	// (see rankTitles), deduplicated case-insensitively, without Title, at
	// most MaxTitles.
	Titles []string

	Wages      *Wages      // nil when no OEWS row joins
	Projection *Projection // nil when no projections row joins
	JobZone    int         // O*NET job zone 1-5; 0 unknown
	Skills     []Skill     // at most MaxSkills, most important first

	// From the tables added for issue 12; empty when a folder lacks them.
	Tasks      []Task           // core tasks first, at most MaxTasks
	Technology []Technology     // hot and in-demand first; see MaxTechnology
	Related    []Related        // O*NET's related occupations, closest tier first
	Interests  *Interests       // RIASEC profile; nil when O*NET has none
	Knowledge  []Skill          // knowledge areas with importance and level, most important first
	Education  []EducationShare // required education, categories with a share above zero
}

// MaxTitles and MaxSkills bound Occupation.Titles and Occupation.Skills:
// the MaxCommonTitles most common titles, then titles no other occupation
// lists. A catch-all occupation such as Laborers and Freight, Stock, and
// Material Movers lists over a thousand titles; past its commonest, those
// it shares ("Stock Clerk", "Trucker") are other occupations' own, while
// one only it lists ("Apparel Embroidery Digitizer") names it alone.
const (
	MaxCommonTitles = 250
	MaxTitles       = 1000
	MaxSkills       = 10
)

// MaxKnowledge bounds Occupation.Knowledge: O*NET rates 33 areas.
const MaxKnowledge = 33

// Wages are the OEWS national employment and wage estimates for an
// occupation. Figures are formatted as BLS prints them ("$45.00", "$93,600",
// "3,282,010"); a top-coded figure reads "$239,200 or more"; a figure that is
// not published is "".
type Wages struct {
	// FromCode is the OEWS code the row came from: the occupation's own SOC
	// code, or its broad group ("13-1020") when OEWS publishes only that.
	FromCode string
	// Note says where the figures come from when they are not the
	// occupation's own, e.g. "wages of 29-1141 (Registered Nurses)" for the
	// O*NET specialty 29-1141.01; "" when they are its own.
	Note string

	Employment string // "3,282,010"; excludes the self-employed

	HourlyMean, HourlyMedian               string // "$47.32", "$45.00"
	Hourly10, Hourly25, Hourly75, Hourly90 string // percentiles
	AnnualMean, AnnualMedian               string // "$98,430", "$93,600"
	Annual10, Annual25, Annual75, Annual90 string // percentiles

	// AnnualMedianValue is AnnualMedian as a number for ranking: the top
	// figure when top-coded, 0 when not published.
	AnnualMedianValue float64
}

// Projection is the BLS Employment Projections row for an occupation.
// Employment figures are published in thousands rounded to the hundred
// ("3,391.0"); they are given here in persons ("3,391,000"), which is how
// BLS's own Occupational Outlook Handbook prints them and adds no precision.
type Projection struct {
	// FromCode is the projections code the row came from: the occupation's
	// own SOC code or its broad group; Note says so when it is not its own,
	// e.g. "projections of 13-1020 (Buyers and purchasing agents)".
	FromCode string
	Note     string

	Employment2024, Employment2034 string // base and projected year, "3,391,000"
	EmploymentChange               string // numeric change over the decade, "166,100"

	ChangePercent string  // "4.9%"
	ChangeValue   float64 // ChangePercent as a number, 4.9

	AnnualOpenings string  // average openings a year over the decade, "189,100"
	OpeningsValue  float64 // AnnualOpenings as a number, 189100

	// As published ("Bachelor's degree", "None", "Moderate-term on-the-job
	// training"); "" when the row gives none (group rows).
	TypicalEducation, WorkExperience, JobTraining string
}

// Skill is one O*NET skill rating of an occupation.
type Skill struct {
	Name       string // "Active Listening"
	Importance string // scale IM, 1-5, two decimals as in O*NET's text release: "4.12"
	Level      string // scale LV, 0-7, "4.62"; "" when O*NET suppresses it
}

// Dataset is everything read from one set of published files.
type Dataset struct {
	Occupations []Occupation // in O*NET-SOC code order

	// StateWages are the OEWS state estimates, by OEWS code and then area
	// code; occupations find theirs through StateWagesFor.
	StateWages []StateWage

	// AllOccupations are the national wages and employment of all
	// occupations together (OEWS 00-0000), nil when the file has no such
	// row.
	AllOccupations *Wages

	// AllProjection is the employment projection of all occupations
	// together (projections 00-0000, "Total, all occupations"), nil when
	// the table has no such row: what "faster than average" is measured by.
	AllProjection *Projection

	// Release names each source as it should be cited, under the keys
	// "onet" ("O*NET 30.2"), "oews" ("BLS OEWS, May 2024") and
	// "projections" ("BLS Employment Projections 2024-34"); the added O*NET
	// tables under ReleaseKeys ("onet-tasks": "O*NET 30.1", …) and the state
	// estimates under "oews-state", when the files were there.
	Release map[string]string
}
