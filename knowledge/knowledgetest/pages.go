package knowledgetest

import (
	"fmt"
	"math/rand"
	"strings"

	"github.com/careerbot/careerbot/knowledge"
)

// Word lists of the synthetic career names: "<qualifier> <field> <role>",
// as a comparison site titles its careers ("Senior Network Technician").
// 30 × 90 × 48 = 129,600 distinct names, enough for 50,000 pages.
var (
	nameQualifiers = []string{"Senior", "Junior", "Lead", "Chief", "Assistant", "Associate", "Principal", "Staff",
		"Head", "Deputy", "Regional", "Field", "Remote", "Certified", "Licensed", "Clinical", "Corporate", "Global",
		"Trainee", "Apprentice", "Master", "Executive", "Entry Level", "Night Shift", "Contract", "Traveling",
		"Registered", "Bilingual", "Mobile", "Virtual"}
	nameFields = []string{"Software", "Hardware", "Network", "Security", "Data", "Dental", "Legal", "Retail",
		"Sales", "Support", "Service", "Systems", "Quality", "Research", "Marketing", "Finance", "Nursing",
		"Pharmacy", "Laboratory", "Payroll", "Warehouse", "Logistics", "Procurement", "Construction",
		"Electrical", "Mechanical", "Civil", "Chemical", "Environmental", "Safety", "Compliance", "Audit",
		"Tax", "Insurance", "Claims", "Underwriting", "Mortgage", "Banking", "Investment", "Real Estate",
		"Property", "Facilities", "Maintenance", "Hvac", "Plumbing", "Welding", "Machining", "Assembly",
		"Production", "Manufacturing", "Packaging", "Shipping", "Fleet", "Transportation", "Aviation",
		"Marine", "Rail", "Hospitality", "Restaurant", "Kitchen", "Catering", "Event", "Travel", "Fitness",
		"Wellness", "Veterinary", "Radiology", "Surgical", "Pediatric", "Cardiac", "Respiratory", "Physical Therapy",
		"Occupational Therapy", "Speech", "Behavioral Health", "Social Services", "Case Management", "Education",
		"Library", "Museum", "Media", "Broadcast", "Graphic", "Web", "Cloud", "Database", "Mobile App",
		"Game", "Robotics", "Energy"}
	nameRoles = []string{"Technician", "Engineer", "Manager", "Analyst", "Specialist", "Coordinator", "Director",
		"Officer", "Clerk", "Operator", "Designer", "Developer", "Consultant", "Administrator", "Supervisor",
		"Inspector", "Therapist", "Nurse", "Driver", "Planner", "Scheduler", "Estimator", "Assistant", "Associate",
		"Advisor", "Architect", "Auditor", "Buyer", "Representative", "Trainer", "Instructor", "Writer", "Editor",
		"Producer", "Agent", "Broker", "Recruiter", "Mechanic", "Installer", "Programmer", "Tester", "Investigator",
		"Controller", "Examiner", "Dispatcher", "Aide", "Attendant", "Liaison"}
	skillWords = []string{"Customer Service", "Troubleshoot", "Database", "Java", "Patients", "Sales Goals",
		"Project Management", "Data Entry", "Inventory", "Scheduling", "Safety Procedures", "Quality Control",
		"Microsoft Office", "Spreadsheets", "CPR", "Forklift", "Blueprint Reading", "Budgeting", "SQL",
		"Python", "Compliance", "Payroll", "Training", "Documentation", "Excellent Communication"}
	cities    = []string{"San Francisco, CA", "Durham, NC", "Seattle, WA", "Boston, MA", "Austin, TX", "Denver, CO"}
	states    = []string{"California", "Pennsylvania", "Washington", "Massachusetts", "Texas", "New York"}
	companies = []string{"Meta", "Microsoft", "Pacira BioSciences", "Kaiser Permanente", "Boeing", "Target"}
	sectors   = []string{"Retail", "Technology", "Health Care", "Finance", "Manufacturing", "Government"}
	majors    = []string{"Computer Science", "Business", "Nursing", "Accounting", "Psychology", "Electrical Engineering"}
	colleges  = []string{"Stanford University", "University of Pennsylvania", "Massachusetts Institute of Technology",
		"University of Michigan", "Ohio State University", "Arizona State University"}
)

// CareerNames returns n distinct synthetic career names, in a fixed order
// that depends only on seed. It panics past the 129,600 names the word
// lists make: a test asking for more is wrong.
func CareerNames(n int, seed int64) []string {
	total := len(nameQualifiers) * len(nameFields) * len(nameRoles)
	if n > total {
		panic(fmt.Sprintf("knowledgetest: %d career names asked, the word lists make %d", n, total))
	}
	rng := rand.New(rand.NewSource(seed))
	out := make([]string, 0, n)
	for _, i := range rng.Perm(total)[:n] {
		q, rest := i%len(nameQualifiers), i/len(nameQualifiers)
		f, r := rest%len(nameFields), rest/len(nameFields)
		out = append(out, nameQualifiers[q]+" "+nameFields[f]+" "+nameRoles[r])
	}
	return out
}

// ComparisonPages returns n synthetic comparison pages as files to import:
// page i compares careers 2i and 2i+1 of CareerNames(2n, seed), so n pages
// hold 2n careers. Even pages are in the layout of the seed pages (pipe
// tables: overview, salary, education, demographics, skills), odd pages in
// the collapsed layout of the corpus pages; every figure is drawn from the
// seeded RNG, so the same n and seed give the same bytes.
func ComparisonPages(n int, seed int64) []knowledge.ImportFile {
	names := CareerNames(2*n, seed)
	rng := rand.New(rand.NewSource(seed + 1))
	out := make([]knowledge.ImportFile, 0, n)
	for i := range n {
		a, b := sideFigures(rng, names[2*i]), sideFigures(rng, names[2*i+1])
		var data string
		if i%2 == 0 {
			data = pipePage(a, b)
		} else {
			data = collapsedPage(a, b)
		}
		slug := strings.ReplaceAll(strings.ToLower(a.name+"-vs-"+b.name), " ", "-")
		out = append(out, knowledge.ImportFile{Name: fmt.Sprintf("%05d-%s.txt", i, slug), Data: []byte(data)})
	}
	return out
}

// side is one career's figures on a synthetic page, as the page prints them.
type side struct {
	name, lower, plural             string
	salary, hourly, growth, jobs    string
	degree, age, experience, years  string
	low, high                       string
	city, state, company, industry  string
	major, college, male, female    string
	skills                          []string // "Java, 10%"
	top                             [3]string
	salaryValue                     int
	degreeShare, maleTenths, lgbtPc int
}

func sideFigures(rng *rand.Rand, name string) side {
	s := side{name: name, lower: strings.ToLower(name)}
	s.plural = s.lower + "s"
	s.salaryValue = 28000 + rng.Intn(140000)
	s.salary = money(s.salaryValue)
	s.hourly = fmt.Sprintf("$%.2f", float64(s.salaryValue)/2080)
	s.growth = fmt.Sprintf("%d%%", rng.Intn(30)-5)
	s.jobs = thousands(1000 + rng.Intn(700000))
	s.degreeShare = 30 + rng.Intn(40)
	s.degree = fmt.Sprintf("Bachelor's Degree, %d%%", s.degreeShare)
	s.age = fmt.Sprint(30 + rng.Intn(20))
	s.experience = fmt.Sprint(1 + rng.Intn(8))
	s.years = [...]string{"1-2 years", "2-4 years", "4-6 years", "6-8 years"}[rng.Intn(4)]
	lo := s.salaryValue * (55 + rng.Intn(20)) / 100 / 1000
	hi := s.salaryValue * (125 + rng.Intn(40)) / 100 / 1000
	s.low, s.high = money(lo*1000), money(hi*1000)
	s.city, s.state = cities[rng.Intn(len(cities))], states[rng.Intn(len(states))]
	s.company, s.industry = companies[rng.Intn(len(companies))], sectors[rng.Intn(len(sectors))]
	s.major, s.college = majors[rng.Intn(len(majors))], colleges[rng.Intn(len(colleges))]
	s.maleTenths = 200 + rng.Intn(600)
	s.male = fmt.Sprintf("%d.%d%%", s.maleTenths/10, s.maleTenths%10)
	s.female = fmt.Sprintf("%d.%d%%", (1000-s.maleTenths)/10, (1000-s.maleTenths)%10)
	s.lgbtPc = 5 + rng.Intn(10)
	share := 12 + rng.Intn(6)
	for _, k := range rng.Perm(len(skillWords))[:6] {
		s.skills = append(s.skills, fmt.Sprintf("%s, %d%%", skillWords[k], share))
		share = max(1, share-1-rng.Intn(3))
	}
	for k := range s.top {
		s.top[k] = strings.ToLower(strings.SplitN(s.skills[k], ",", 2)[0])
	}
	return s
}

func money(v int) string { return "$" + thousands(v) }

func thousands(v int) string {
	if v < 1000 {
		return fmt.Sprint(v)
	}
	return fmt.Sprintf("%s,%03d", thousands(v/1000), v%1000)
}

func article(s string) string {
	if strings.ContainsRune("aeiou", rune(s[0])) {
		return "an " + s
	}
	return "a " + s
}

// intro is the opening prose both layouts share.
func intro(a, b side) string {
	hi, lo := a, b
	if b.salaryValue > a.salaryValue {
		hi, lo = b, a
	}
	return fmt.Sprintf("The differences between %s and %s can be seen in a few details. Each job has different responsibilities and duties. "+
		"While it typically takes %s to become %s, becoming %s takes usually requires %s. "+
		"Additionally, %s has an average salary of %s, which is higher than the %s average annual salary of %s.\n"+
		"The top three skills for %s include %s, %s and %s. The most important skills for %s are %s, %s, and %s.\n",
		a.plural, b.plural, a.years, article(a.lower), article(b.lower), b.years,
		article(hi.lower), hi.salary, lo.salary, article(lo.lower),
		article(a.lower), a.top[0], a.top[1], a.top[2], article(b.lower), b.top[0], b.top[1], b.top[2])
}

type row struct{ label, a, b string }

func overviewRows(a, b side) []row {
	return []row{{"Yearly salary", a.salary, b.salary}, {"Hourly rate", a.hourly, b.hourly},
		{"Growth rate", a.growth, b.growth}, {"Number of jobs", a.jobs, b.jobs}, {"Job satisfaction", "-", "-"},
		{"Most common degree", a.degree, b.degree}, {"Average age", a.age, b.age},
		{"Years of experience", a.experience, b.experience}}
}

func salaryRows(a, b side) []row {
	rng := func(s side) string { return "Between " + s.low + " And " + s.high }
	return []row{{"Average salary", a.salary, b.salary}, {"Salary range", rng(a), rng(b)},
		{"Highest paying City", a.city, b.city}, {"Highest paying state", a.state, b.state},
		{"Best paying company", a.company, b.company}, {"Best paying industry", a.industry, b.industry}}
}

func educationRows(a, b side) []row {
	return []row{{"Most common degree", a.degree, b.degree}, {"Most common major", a.major, b.major},
		{"Most common college", a.college, b.college}}
}

func demographicRows(a, b side) []row {
	gender := func(s side) string { return "Male, " + s.male + " Female, " + s.female }
	return []row{{"Average age", a.age, b.age}, {"Gender ratio", gender(a), gender(b)},
		{"LGBT Percentage", fmt.Sprintf("%d%%", a.lgbtPc), fmt.Sprintf("%d%%", b.lgbtPc)}}
}

func description(s, other side) string {
	return fmt.Sprintf("%s is one of the two careers compared on this page, alongside %s. "+
		"This paragraph stands in for the page's description of the role.", capital(article(s.lower)), article(other.lower))
}

func capital(s string) string { return strings.ToUpper(s[:1]) + s[1:] }

// pipePage prints a page as the seed pages are: pipe tables, no headings.
func pipePage(a, b side) string {
	var w strings.Builder
	w.WriteString("Explore jobs\nFind specific jobs\nExplore careers\nExplore professions\nBest companies\nExplore companies\n")
	w.WriteString(intro(a, b))
	table := func(rows []row) {
		fmt.Fprintf(&w, "| %s | %s | |\n", a.name, b.name)
		for _, r := range rows {
			fmt.Fprintf(&w, "| %s | %s | %s |\n", r.label, r.a, r.b)
		}
	}
	table(overviewRows(a, b))
	w.WriteString(description(a, b) + "\n" + description(b, a) + "\n")
	fmt.Fprintf(&w, "%s and %s have different pay scales, as shown below.\n", capital(a.plural), b.plural)
	table(salaryRows(a, b))
	fmt.Fprintf(&w, "There are a few differences between %s and %s in terms of educational background:\n", article(a.lower), article(b.lower))
	table(educationRows(a, b))
	fmt.Fprintf(&w, "Here are the differences between %s' and %s' demographics:\n", a.plural, b.plural)
	table(demographicRows(a, b))
	return w.String()
}

// collapsedPage prints a page as most corpus pages are: headings, and
// table cells run together.
func collapsedPage(a, b side) string {
	var w strings.Builder
	title := capital(a.lower) + " vs " + b.lower
	fmt.Fprintf(&w, "Post job\n\n%s\n\n", title)
	in := strings.ReplaceAll(intro(a, b), "\n", "\n\n")
	w.WriteString(in)
	table := func(rows []row) {
		fmt.Fprintf(&w, "%s%s\n", a.name, b.name)
		for _, r := range rows {
			fmt.Fprintf(&w, "%s%s%s\n", r.label, r.a, r.b)
		}
		w.WriteString("\n")
	}
	fmt.Fprintf(&w, "%s overview\n\n", title)
	table(overviewRows(a, b))
	fmt.Fprintf(&w, "What does %s do?\n\n%s\n\n", article(a.lower), description(a, b))
	fmt.Fprintf(&w, "What does %s do?\n\n%s\n\n", article(b.lower), description(b, a))
	fmt.Fprintf(&w, "%s salary\n\n%s and %s have different pay scales, as shown below.\n\n", title, capital(a.plural), b.plural)
	table(salaryRows(a, b))
	fmt.Fprintf(&w, "%s skills\n\nCommon %s skills\n", title, a.lower)
	for _, s := range a.skills {
		fmt.Fprintf(&w, "  • %s\n", s)
	}
	fmt.Fprintf(&w, "Common %s skills\n", b.lower)
	for _, s := range b.skills {
		fmt.Fprintf(&w, "  • %s\n", s)
	}
	return w.String()
}
