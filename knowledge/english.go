package knowledge

import (
	_ "embed"
	"strings"
)

// englishWords are the lower-case words of four letters or more of SCOWL's
// American English list (Debian's wamerican 2020.12.07; its notice is in
// english_NOTICE), one a line, sorted.
//
//go:embed english.txt
var englishWords string

// EnglishWord reports whether w, lower case, is a word of English
// ("treasure", "ghost"), not a misspelling of a name's word ("treasurer",
// "glost"): a binary search of the sorted list, which stays as the binary
// holds it.
func EnglishWord(w string) bool {
	if len(w) < 4 {
		return false
	}
	// Lines are found by byte offset: the line holding the middle byte.
	lo, hi := 0, len(englishWords)
	for lo < hi {
		mid := lo + (hi-lo)/2
		start := strings.LastIndexByte(englishWords[:mid], '\n') + 1
		end := start + strings.IndexByte(englishWords[start:], '\n')
		switch line := englishWords[start:end]; {
		case line == w:
			return true
		case line < w:
			lo = end + 1
		default:
			hi = start
		}
	}
	return false
}
