package bot

import (
	"strings"
	"unicode"

	"github.com/careerbot/careerbot/knowledge"
)

// isPlural reports whether a career's name is plural, as O*NET titles are
// ("Registered Nurses", "Dentists, General") and page names are not
// ("Lead Technician"): the head of one of its parts ends in a plural s.
func isPlural(name string) bool {
	// Any part between commas may end in the head noun: "Office Clerks,
	// General", "Heating, Air Conditioning, and Refrigeration Mechanics
	// and Installers", "Laborers and Freight, Stock, and Material Movers,
	// Hand".
	for part := range strings.SplitSeq(name, ",") {
		// The head of "X of Y" is X: "Appraisers and Assessors of Real
		// Estate".
		head, _, _ := strings.Cut(part, " of ")
		words := strings.Fields(head)
		if len(words) > 0 && pluralWord(strings.ToLower(strings.Trim(words[len(words)-1], "()'"))) {
			return true
		}
	}
	return false
}

func pluralWord(w string) bool {
	if strings.HasSuffix(w, "ss") || strings.HasSuffix(w, "us") || strings.HasSuffix(w, "is") {
		return false
	}
	return strings.HasSuffix(w, "s") || strings.HasSuffix(w, "men") || w == "people" || w == "staff" || w == "personnel" || w == "clergy"
}

// article puts "a" or "an" before a singular name; a plural name stands alone.
func article(name string) string {
	if name == "" || isPlural(name) {
		return name
	}
	return articleOf(name) + " " + name
}

// articleOf is "a" or "an" for a singular name.
func articleOf(name string) string {
	if startsWithVowelSound(name) {
		return "an"
	}
	return "a"
}

// startsWithVowelSound guesses a/an from spelling, with the common
// exceptions: "an hour", "a university", "an MRI technologist".
func startsWithVowelSound(s string) bool {
	lower := strings.ToLower(s)
	for _, p := range []string{"uni", "use", "usu", "one", "eu", "ur"} {
		if strings.HasPrefix(lower, p) {
			return false
		}
	}
	for _, p := range []string{"hour", "honest", "honor", "heir"} {
		if strings.HasPrefix(lower, p) {
			return true
		}
	}
	word, _, _ := strings.Cut(s, " ")
	if len(word) > 1 && isUpper(word) && !strings.ContainsAny(word[:1], "AEIOU") {
		// An initialism read letter by letter: "an MRI", "an RN", "a CNA".
		return strings.ContainsAny(word[:1], "FHLMNRSX")
	}
	return lower != "" && strings.ContainsRune("aeiou", rune(lower[0]))
}

// plural gives a name's plural form.
func plural(name string) string {
	if isPlural(name) {
		return name
	}
	switch {
	case strings.HasSuffix(name, "s"), strings.HasSuffix(name, "sh"), strings.HasSuffix(name, "ch"), strings.HasSuffix(name, "x"):
		return name + "es"
	case strings.HasSuffix(name, "y") && !strings.HasSuffix(name, "ey") && !strings.HasSuffix(name, "ay") && !strings.HasSuffix(name, "oy"):
		return name[:len(name)-1] + "ies"
	}
	return name + "s"
}

// verb agrees a present-tense verb with a career's name: "earns"/"earn".
func verb(name, singular, pluralForm string) string {
	if isPlural(name) {
		return pluralForm
	}
	return singular
}

func has(name string) string { return verb(name, "has", "have") }

// subject is a career's name as the subject of a sentence: "A Lead
// Technician", "Registered Nurses".
func subject(name string) string { return capitalize(article(name)) }

// whatDoes asks what a career does, in agreement with its name.
func whatDoes(c *knowledge.Career) string {
	name := strings.ToLower(c.Name)
	if isPlural(c.Name) {
		return "what do " + name + " do?"
	}
	return "what does " + article(name) + " do?"
}

// whatDoesTitle heads an answer about what a career does, as the question
// asks it: "What do Electricians do?" (O*NET titles are plural), "What
// does a Lead Technician do?".
func whatDoesTitle(c *knowledge.Career) string {
	if c.Official() || isPlural(c.Name) {
		return "What do " + c.Name + " do?"
	}
	return "What does " + article(c.Name) + " do?"
}

// lowerFirst lower-cases the first letter of a label, leaving acronyms
// ("LGBT share") as they are.
func lowerFirst(s string) string {
	if s == "" {
		return s
	}
	r := []rune(s)
	if len(r) > 1 && unicode.IsUpper(r[1]) || strings.HasPrefix(s, "O*NET") {
		return s // an acronym: "IT", "O*NET"
	}
	return strings.ToLower(string(r[:1])) + string(r[1:])
}

func capitalize(s string) string {
	if s == "" {
		return s
	}
	r := []rune(s)
	return strings.ToUpper(string(r[:1])) + string(r[1:])
}

// plural2 is one or many of a noun, as n says: "1 career", "2 careers".
func plural2(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}
