package knowledge

import "strings"

// A title nobody listed often uses another form of a word the occupation's
// names hold: an "Actuarial Specialist" is an actuary, a "Carpet
// Installation Specialist" a carpet installer. The search matches such
// words through a crude stem, below an exact word and a typo.
const stemWeight = 0.8

// suffixes a stem drops, longest first within each ending. Job titles are
// the whole domain, so the list is what their words use, not English.
var suffixes = []string{
	"isation", "ization", "ational", "ologist", "ology",
	"ation", "ition", "ician", "ities", "ator",
	"ical", "ment", "ance", "ence", "ship",
	"ist", "ism", "ian", "ial", "ing", "ive", "ity", "ant", "ent", "ous",
	"ic", "al", "er", "or", "ee",
	"y", "e",
}

// stem reduces a normalised (singular) word to a crude root that its
// other forms share: installer, installation, installing → "install".
// Words too short to have a suffix stay whole.
func stem(w string) string {
	for range 3 { // physicist → physic → phys, as physics → physic → phys
		s := stripSuffix(w)
		if s == w {
			break
		}
		w = s
	}
	return w
}

func stripSuffix(w string) string {
	if len(w) < 5 {
		return w
	}
	for _, suf := range suffixes {
		if strings.HasSuffix(w, suf) && len(w)-len(suf) >= 3 {
			s := w[:len(w)-len(suf)]
			if suf == "ology" || suf == "ologist" {
				s += "olog"
			}
			return s
		}
	}
	return w
}
