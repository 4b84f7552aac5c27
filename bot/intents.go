package bot

import "github.com/careerbot/careerbot/knowledge"

// Intent is one kind of question the router understands. The table below
// gives each intent the figures it shows (Fields) and the help text
// (Usage, Description, Examples); the words that ask for it are in the
// vocabulary table (vocab.go). TestHelpExamplesRoute asks every example,
// so help cannot promise what the router does not understand.
type Intent struct {
	Name        string
	Usage       string
	Description string
	Examples    []string
	// Fields shown when the intent asks about one career.
	Fields []knowledge.Field
}

// Intent names.
const (
	intentCompare   = "compare"
	intentPay       = "pay"
	intentWhere     = "where"
	intentSkills    = "skills"
	intentEducation = "education"
	intentOutlook   = "outlook"
	intentProfile   = "profile"
	intentDescribe  = "describe"
	intentRank      = "rank"
	intentBySkill   = "by_skill"
	intentList      = "list"
	intentHelp      = "help"
	intentCareer    = "career" // a career named with no more said: its overview
)

var intents = []Intent{
	{
		Name: intentCompare, Usage: "compare <career> vs <career> [vs <career>…]",
		Description: "side-by-side figures for two or more careers, with who earns more",
		Examples:    []string{"compare electricians and plumbers", "compare lead technician vs senior support technician", "lead tech or IT support tech, which pays more?", "compare IT support technician, lead technician and senior support technician"},
	},
	{
		Name: intentPay, Usage: "salary of <career>",
		Description: "yearly salary, hourly rate and salary range; for official occupations the BLS median, percentiles and employment",
		Examples:    []string{"how much does a registered nurse make?", "how much does a senior support tech make?", "salary range for lead technicians", "RN salary", "what do the top 10% of nurses make", "entry-level pay for electricians"},
		Fields: []knowledge.Field{knowledge.FieldYearlySalary, knowledge.FieldHourlyRate, knowledge.FieldSalaryRange,
			knowledge.FieldMedianAnnual, knowledge.FieldMedianHourly, knowledge.FieldWageRange80, knowledge.FieldWageRange50, knowledge.FieldMeanAnnual, knowledge.FieldEmployment, knowledge.FieldWageNote},
	},
	{
		Name: intentWhere, Usage: "where do <career>s get paid the most",
		Description: "for careers from comparison pages, the best-paying city, state, company and industry the page gives (for official occupations, see which state pays most)",
		Examples:    []string{"where do lead technicians get paid the most", "best paying company for senior support technicians"},
		Fields:      []knowledge.Field{knowledge.FieldCity, knowledge.FieldState, knowledge.FieldCompany, knowledge.FieldIndustry},
	},
	{
		Name: intentSkills, Usage: "skills for <career>",
		Description: "the skills O*NET rates most important for an occupation; for careers from comparison pages, the share of job ads naming each",
		Examples:    []string{"top skills for a software developer", "top skills for a lead technician", "what skills do I need to be a senior support technician"},
	},
	{
		Name: intentEducation, Usage: "education for <career>",
		Description: "typical entry education, experience and training for official occupations (BLS), and how many workers hold each level (O*NET); for careers from comparison pages, the most common degree, major and college",
		Examples:    []string{"what should I study to become a dental hygienist", "what should I study to become a lead technician", "what degree do IT support technicians have", "how do I become a pilot"},
		Fields: []knowledge.Field{knowledge.FieldDegree, knowledge.FieldMajor, knowledge.FieldCollege,
			knowledge.FieldTypicalEducation, knowledge.FieldWorkExperience, knowledge.FieldJobTraining, knowledge.FieldJobZone},
	},
	{
		Name: intentOutlook, Usage: "outlook for <career>",
		Description: "projected growth 2024-34 and openings a year for official occupations (BLS); for careers from comparison pages, growth rate, number of jobs and job satisfaction",
		Examples:    []string{"registered nurse job outlook", "growth rate of lead technicians", "how many jobs are there for senior support technicians"},
		Fields: []knowledge.Field{knowledge.FieldGrowthRate, knowledge.FieldJobs, knowledge.FieldSatisfaction,
			knowledge.FieldProjectedGrowth, knowledge.FieldAnnualOpenings, knowledge.FieldEmployment, knowledge.FieldEmployment2024, knowledge.FieldEmployment2034, knowledge.FieldProjectionNote},
	},
	{
		Name: intentProfile, Usage: "who are <career>s",
		Description: "for careers from comparison pages: average age, experience, time to become one, gender and race ratios, LGBT share; for official occupations, the experience and training BLS lists",
		Examples:    []string{"average age of a lead technician", "how long does it take to become a senior support technician", "gender ratio of IT support technicians"},
		Fields: []knowledge.Field{knowledge.FieldAge, knowledge.FieldExperience, knowledge.FieldYearsToBecome, knowledge.FieldGenderRatio, knowledge.FieldRaceRatio, knowledge.FieldLGBT,
			knowledge.FieldWorkExperience, knowledge.FieldJobTraining, knowledge.FieldJobZone},
	},
	{
		Name: intentDescribe, Usage: "what does a <career> do",
		Description: "what the job is, with example responsibilities; or which job it is, from the work described (\"who inspects elevators\")",
		Examples:    []string{"what does an actuary do", "what does a lead technician do?", "responsibilities of an IT support technician", "what do you call someone who trims trees"},
	},
	{
		Name: intentStatePay, Usage: "<career> salary in <state>",
		Description: "BLS pay of an official occupation in a state (or several states side by side); a large city stands for its state",
		Examples:    []string{"registered nurse salary in texas", "software developer salary in seattle"},
	},
	{
		Name: intentStatesRanked, Usage: "which state pays <career>s the most",
		Description: "states ranked by an official occupation's median pay",
		Examples:    []string{"which state pays electricians the most", "best paying states for registered nurses", "which state pays police officers and firefighters the most"},
	},
	{
		Name: intentRelated, Usage: "careers like <career>",
		Description: "the occupations O*NET lists as related",
		Examples:    []string{"careers similar to accountants", "jobs like dental hygienist"},
	},
	{
		Name: intentTechnology, Usage: "what software do <career>s use",
		Description: "the technology O*NET lists for an occupation, hot technologies first",
		Examples:    []string{"what software do accountants use", "what tools do graphic designers use"},
	},
	{
		Name: intentKnowledgeOf, Usage: "what knowledge do <career>s need",
		Description: "the knowledge areas O*NET rates most important for an occupation",
		Examples:    []string{"what knowledge do accountants need", "what do I need to know to be a pilot"},
	},
	{
		Name: intentInterestsOf, Usage: "what personality fits a <career>",
		Description: "an occupation's O*NET interest profile (Holland codes), strongest first",
		Examples:    []string{"what personality fits an engineer", "what interests do social workers have"},
	},
	{
		Name: intentByTechnology, Usage: "jobs that use <technology>",
		Description: "occupations whose O*NET technology lists name a tool",
		Examples:    []string{"jobs using autocad", "what jobs use python"},
	},
	{
		Name: intentByKnowledge, Usage: "what can I do with a <subject> degree",
		Description: "occupations by how important O*NET rates the knowledge of a subject studied (psychology, biology, math…)",
		Examples:    []string{"what can I do with a psychology degree", "jobs for english majors"},
	},
	{
		Name: intentWorkingWith, Usage: "jobs working with <subject>",
		Description: "occupations whose O*NET description and tasks are most about a subject (animals, children, computers…), with the sentence that says so",
		Examples:    []string{"jobs working with animals", "careers working with kids"},
	},
	{
		Name: intentByInterest, Usage: "careers for someone who likes <interest>",
		Description: "occupations by their strongest O*NET interest (building things, helping people, art, data…)",
		Examples:    []string{"careers for someone who likes building things", "jobs for creative people"},
	},
	{
		Name: intentRank, Usage: "which career pays the most",
		Description: "careers ranked by pay (median or mean, yearly or hourly), growth, decline, jobs, openings or satisfaction; \"top N\"; only those needing an education level or no work experience, in an occupation group (healthcare, computer, construction, sales…), within a pay limit or above another career's pay, growing faster than all occupations, or named by one word (engineers, teachers)",
		Examples:    []string{"which career pays the most", "top 5 highest paying healthcare jobs", "highest paying jobs without a college degree", "highest paying jobs that need a master's", "fastest growing careers", "declining jobs", "jobs that need a high school diploma and pay the most", "jobs that pay over 100k", "jobs that pay more than a teacher", "highest paying jobs that are growing fast", "highest paid engineers"},
	},
	{
		Name: intentBySkill, Usage: "careers that need <skill>",
		Description: "careers whose skill lists name a skill, ranked by share of job ads or O*NET importance",
		Examples:    []string{"careers that need java", "which jobs use customer service", "careers that need programming"},
	},
	{
		Name: intentList, Usage: "list careers",
		Description: "every career the bot knows",
		Examples:    []string{"list careers", "which careers do you know?"},
	},
	{
		Name: intentHelp, Usage: "help",
		Description: "this list",
		Examples:    []string{"help"},
	},
}

// Intents returns the table of intents, for help text and documentation.
func Intents() []Intent { return intents }

func intentByName(name string) *Intent {
	for i := range intents {
		if intents[i].Name == name {
			return &intents[i]
		}
	}
	return nil
}
