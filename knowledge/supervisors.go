package knowledge

// A title such as "welder supervisor" or "forklift foreman" names no
// occupation of its own: BLS counts such a worker with the first-line
// supervisors of the workers led. The SOC groups them by who is led, within
// the major group of those workers: welders (51-4121) are led by
// First-Line Supervisors of Production and Operating Workers (51-1011),
// dishwashers (35-9021) by those of Food Preparation and Serving Workers
// (35-1012). Groups whose workers have no first-line supervisors of their
// own (healthcare support, the professions) are not listed.

// supervisedBy maps the start of a worker's SOC code to the SOC code of
// its first-line supervisors; the longest matching start wins.
var supervisedBy = map[string]string{
	"33-3011": "33-1011", "33-3012": "33-1011", // bailiffs, correctional officers
	"33-2":    "33-1021",                       // firefighting and prevention
	"33-3":    "33-1012",                       // police and detectives
	"33-9031": "33-1091", "33-9032": "33-1091", // gambling surveillance, security guards
	"33-":     "33-1099",
	"35-":     "35-1012",
	"37-2":    "37-1011", // building cleaning and pest control
	"37-3":    "37-1012", // grounds maintenance
	"39-301":  "39-1013", // gambling services
	"39-3":    "39-1014", // entertainment attendants
	"39-9032": "39-1014", // recreation workers
	"39-":     "39-1022",
	"41-2":    "41-1011", // retail sales
	"41-":     "41-1012",
	"43-":     "43-1011",
	"45-":     "45-1011",
	"47-":     "47-1011",
	"49-":     "49-1011",
	"51-":     "51-1011",
	"53-2031": "53-1044", "53-6061": "53-1044", // flight and passenger attendants
	"53-7061": "53-1042", "53-7062": "53-1042", "53-7063": "53-1042", "53-7064": "53-1042", "53-7065": "53-1042", // hand laborers, feeders, packers, stockers, vehicle cleaners
	"53-3": "53-1043", // drivers
	"53-7": "53-1043", // material-moving machine operators
	"53-":  "53-1049",
}

// FirstLineSupervisor returns the occupation whose first-line supervisors
// lead c's workers ("welders": First-Line Supervisors of Production and
// Operating Workers). It reports false for a career that is not an
// official occupation, for managers and supervisors themselves, and for
// workers the SOC gives no first-line supervisors.
func (b *Base) FirstLineSupervisor(c *Career) (*Career, bool) {
	soc, ok := socOf(c)
	if !ok || soc[3] == '1' {
		return nil, false // managers, and the supervisors of each group (xx-1xxx)
	}
	for n := len(soc); n >= 3; n-- {
		if code, ok := supervisedBy[soc[:n]]; ok {
			return b.Career(officialKeyPrefix + code + ".00")
		}
	}
	return nil, false
}
