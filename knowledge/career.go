package knowledge

import (
	"strconv"
	"strings"
)

// Field names one figure a career can have. Fields from different sources
// have different names, so a career may carry any subset of them.
type Field string

// Fields read from comparison pages.
const (
	FieldYearlySalary  Field = "yearly_salary"
	FieldHourlyRate    Field = "hourly_rate"
	FieldGrowthRate    Field = "growth_rate"
	FieldJobs          Field = "number_of_jobs"
	FieldSatisfaction  Field = "job_satisfaction"
	FieldDegree        Field = "degree"
	FieldAge           Field = "average_age"
	FieldExperience    Field = "years_of_experience"
	FieldSalaryRange   Field = "salary_range"
	FieldCity          Field = "best_paying_city"
	FieldState         Field = "best_paying_state"
	FieldCompany       Field = "best_paying_company"
	FieldIndustry      Field = "best_paying_industry"
	FieldMajor         Field = "major"
	FieldCollege       Field = "college"
	FieldGenderRatio   Field = "gender_ratio"
	FieldRaceRatio     Field = "race_ratio"
	FieldLGBT          Field = "lgbt_share"
	FieldYearsToBecome Field = "years_to_become"
	FieldDescription   Field = "description"
)

// Fields from official occupational statistics (BLS OEWS wages, BLS
// Employment Projections, O*NET job zones).
const (
	FieldMedianAnnual     Field = "median_annual_wage"
	FieldMedianHourly     Field = "median_hourly_wage"
	FieldMeanAnnual       Field = "mean_annual_wage"
	FieldMeanHourly       Field = "mean_hourly_wage"
	FieldWageRange80      Field = "wage_range_80"
	FieldWageRange50      Field = "wage_range_50"
	FieldHourlyRange80    Field = "hourly_range_80"
	FieldAnnual10         Field = "annual_p10"
	FieldAnnual25         Field = "annual_p25"
	FieldAnnual75         Field = "annual_p75"
	FieldAnnual90         Field = "annual_p90"
	FieldHourly10         Field = "hourly_p10"
	FieldHourly90         Field = "hourly_p90"
	FieldHourly25         Field = "hourly_p25"
	FieldHourly75         Field = "hourly_p75"
	FieldEmployment       Field = "employment"
	FieldWageNote         Field = "wage_note"
	FieldProjectedGrowth  Field = "projected_growth"
	FieldAnnualOpenings   Field = "annual_openings"
	FieldEmployment2024   Field = "employment_2024"
	FieldEmployment2034   Field = "employment_2034"
	FieldEmploymentChange Field = "employment_change"
	FieldTypicalEducation Field = "typical_education"
	FieldWorkExperience   Field = "work_experience"
	FieldJobTraining      Field = "job_training"
	FieldProjectionNote   Field = "projection_note"
	FieldJobZone          Field = "job_zone"
	FieldONETCode         Field = "onet_code"
)

// OfficialFields lists the official fields in the order answers show them.
var OfficialFields = []FieldInfo{
	{FieldMedianAnnual, "Median yearly wage", MeasureYearlyPay, "median", UnitUSDPerYear},
	{FieldMedianHourly, "Median hourly wage", MeasureHourlyPay, "median", UnitUSDPerHour},
	{FieldWageRange80, "Middle 80% of yearly wages", MeasurePayRange, "middle 80%", UnitUSDPerYear},
	{FieldWageRange50, "Middle 50% of yearly wages", MeasurePayRange, "middle 50%", UnitUSDPerYear},
	{FieldHourlyRange80, "Middle 80% of hourly wages", MeasureHourlyPayRange, "middle 80%", UnitUSDPerHour},
	{FieldAnnual10, "10th percentile yearly wage", MeasureYearlyPercentile, "10th percentile", UnitUSDPerYear},
	{FieldAnnual25, "25th percentile yearly wage", MeasureYearlyPercentile, "25th percentile", UnitUSDPerYear},
	{FieldAnnual75, "75th percentile yearly wage", MeasureYearlyPercentile, "75th percentile", UnitUSDPerYear},
	{FieldAnnual90, "90th percentile yearly wage", MeasureYearlyPercentile, "90th percentile", UnitUSDPerYear},
	{FieldHourly10, "10th percentile hourly wage", MeasureHourlyPercentile, "10th percentile", UnitUSDPerHour},
	{FieldHourly25, "25th percentile hourly wage", MeasureHourlyPercentile, "25th percentile", UnitUSDPerHour},
	{FieldHourly75, "75th percentile hourly wage", MeasureHourlyPercentile, "75th percentile", UnitUSDPerHour},
	{FieldHourly90, "90th percentile hourly wage", MeasureHourlyPercentile, "90th percentile", UnitUSDPerHour},
	{FieldMeanAnnual, "Mean yearly wage", MeasureYearlyPay, "mean", UnitUSDPerYear},
	{FieldMeanHourly, "Mean hourly wage", MeasureHourlyPay, "mean", UnitUSDPerHour},
	{FieldEmployment, "Employed (May 2024)", MeasureJobs, "employment", UnitCount},
	{FieldWageNote, "Figures", MeasureWageNote, "note", UnitNone},
	{FieldProjectedGrowth, "Projected growth 2024-34", MeasureGrowth, "projected change", UnitPercent},
	{FieldAnnualOpenings, "Openings a year", MeasureOpenings, "projected openings a year", UnitCount},
	{FieldEmployment2024, "Employment 2024 (projections base)", MeasureProjectedJobs, "employment the projections start from", UnitCount},
	{FieldEmployment2034, "Projected employment 2034", MeasureProjectedJobs, "projected employment", UnitCount},
	{FieldEmploymentChange, "Employment change 2024-34", MeasureProjectedJobs, "projected change in jobs", UnitCount},
	{FieldProjectionNote, "Projection figures", MeasureProjectionNote, "note", UnitNone},
	{FieldTypicalEducation, "Typical education to enter", MeasureEducation, "typical education to enter", UnitNone},
	{FieldWorkExperience, "Work experience needed", MeasureExperience, "work experience needed", UnitYears},
	{FieldJobTraining, "On-the-job training", MeasureTraining, "typical on-the-job training", UnitNone},
	{FieldJobZone, "O*NET job zone", MeasureJobZone, "job zone", UnitOutOf5},
	{FieldONETCode, "O*NET-SOC code", MeasureCode, "occupation code", UnitNone},
}

// AllFields lists every field, page fields first.
var AllFields = append(append([]FieldInfo{}, PageFields...), OfficialFields...)

// Label returns the display label of a field.
func Label(f Field) string {
	for _, fi := range AllFields {
		if fi.Field == f {
			return fi.Label
		}
	}
	if f == FieldDescription {
		return "Description"
	}
	return string(f)
}

// FieldInfo describes a field: how answers label it and what it measures.
// PageFields and OfficialFields are the one table of fields; the measure
// model (measure.go) reads a fact's measure, statistic and unit from it, so
// stored databases, which hold only field names and text, need no new
// column.
type FieldInfo struct {
	Field   Field
	Label   string  // as shown to users
	Measure Measure // what it measures, shared by the fields of every source that measure the same thing
	Stat    string  // the statistic the source publishes: "average", "median", "projected change"…
	Unit    Unit    // what its number counts; UnitNone for text
}

// PageFields lists the page fields in the order answers show them.
var PageFields = []FieldInfo{
	{FieldYearlySalary, "Yearly salary", MeasureYearlyPay, "average", UnitUSDPerYear},
	{FieldHourlyRate, "Hourly rate", MeasureHourlyPay, "average", UnitUSDPerHour},
	{FieldSalaryRange, "Salary range", MeasurePayRange, "salary range", UnitUSDPerYear},
	{FieldGrowthRate, "Growth rate", MeasureGrowth, "growth rate", UnitPercent},
	{FieldJobs, "Number of jobs", MeasureJobs, "number of jobs", UnitCount},
	{FieldSatisfaction, "Job satisfaction", MeasureSatisfaction, "job satisfaction rating", UnitOutOf5},
	{FieldDegree, "Most common degree", MeasureEducation, "most common degree", UnitNone},
	{FieldMajor, "Most common major", MeasureMajor, "most common major", UnitNone},
	{FieldCollege, "Most common college", MeasureCollege, "most common college", UnitNone},
	{FieldAge, "Average age", MeasureAge, "average", UnitYears},
	{FieldExperience, "Years of experience", MeasureExperience, "years of experience", UnitYears},
	{FieldYearsToBecome, "Time to become one", MeasureTimeToEnter, "time to become one", UnitYears},
	{FieldCity, "Highest paying city", MeasureBestCity, "highest paying city", UnitNone},
	{FieldState, "Highest paying state", MeasureBestState, "highest paying state", UnitNone},
	{FieldCompany, "Best paying company", MeasureBestCompany, "best paying company", UnitNone},
	{FieldIndustry, "Best paying industry", MeasureBestIndustry, "best paying industry", UnitNone},
	{FieldGenderRatio, "Gender ratio", MeasureGenderRatio, "gender ratio", UnitNone},
	{FieldRaceRatio, "Race ratio", MeasureRaceRatio, "race ratio", UnitNone},
	{FieldLGBT, "LGBT share", MeasureLGBTShare, "LGBT share", UnitPercent},
}

// Fact is one figure of one career, exactly as its source shows it.
type Fact struct {
	Field  Field
	Value  string
	Source string // Source.ID
}

// Number is the fact's numeric value ($90,615 → 90615, 10% → 10, 4.57 → 4.57)
// for ranking; ok is false when the value is not a plain number. A
// top-coded figure ("$239,200 or more") gives its published floor; TopCoded
// says so.
func (f Fact) Number() (float64, bool) { return parseNumber(f.Value) }

// TopCoded reports whether the figure is only a floor ("$239,200 or more"):
// BLS publishes no wage above its top code.
func (f Fact) TopCoded() bool { return strings.HasSuffix(f.Value, topCodeSuffix) }

const topCodeSuffix = " or more"

func parseNumber(v string) (float64, bool) {
	s := strings.TrimSpace(v)
	s = strings.TrimSuffix(s, topCodeSuffix)
	s = strings.TrimPrefix(s, "$")
	s = strings.TrimSuffix(s, "%")
	s = strings.ReplaceAll(s, ",", "")
	if s == "" {
		return 0, false
	}
	n, err := strconv.ParseFloat(s, 64)
	if err != nil {
		return 0, false
	}
	return n, true
}

// ListKind names a list a career can have.
type ListKind string

// The lists read from comparison pages.
const (
	ListTopSkills        ListKind = "top_skills"       // the intro's "top three skills", lower case as written
	ListSkills           ListKind = "skills"           // skills with the share of job ads naming them
	ListResponsibilities ListKind = "responsibilities" // example responsibilities
	ListSkillImportance  ListKind = "skill_importance" // O*NET skills, most important first; Share holds importance 1-5
)

// Item is one entry of a list: a name and, where the source gives one, a
// share ("10%") or score.
type Item struct {
	Name  string
	Share string
}

// List is an ordered list from one source; rank is the position.
type List struct {
	Kind   ListKind
	Items  []Item
	Source string
}

// SourceKind says what sort of document a source is.
type SourceKind string

// The kinds of source.
const (
	SourcePage     SourceKind = "page"     // a career-comparison page
	SourceOfficial SourceKind = "official" // official occupational statistics
)

// Source is where facts come from.
type Source struct {
	ID    string // stable: the same page imported twice has the same ID
	Kind  SourceKind
	Title string
	URL   string
}

// Career is one career (or occupation) with everything known about it.
type Career struct {
	Key     string  // canonical key: Normalize(Name) for page careers, "onet:<code>" for official occupations
	Name    string  // display name, the source's own capitalisation
	Aliases Aliases // other names it is known by
	Lists   map[ListKind]List
	Sources []string // IDs of every source that contributed, in first-seen order

	facts factSet // its figures: see Fact and Facts
	size  float64 // Size, worked out once the career is built
	sized bool
}

// Official reports whether c is an occupation from official statistics
// rather than a career from comparison pages.
func (c *Career) Official() bool { return strings.HasPrefix(c.Key, officialKeyPrefix) }

const officialKeyPrefix = "onet:"

// Fact returns the career's figure for f.
func (c *Career) Fact(f Field) (Fact, bool) {
	return c.facts.get(f)
}

// PairFact is a fact about two careers together, such as the time it takes
// to become both.
type PairFact struct {
	A, B   string // career keys
	Field  Field
	Value  string
	Source string
}

func newCareer(name string) *Career {
	return &Career{Key: Normalize(name), Name: name, Lists: map[ListKind]List{}}
}

// addSource records that source id contributed to c; it reports whether
// the source is new to c.
func (c *Career) addSource(id string) bool {
	for _, s := range c.Sources {
		if s == id {
			return false
		}
	}
	c.Sources = append(c.Sources, id)
	return true
}
