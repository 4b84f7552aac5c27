package knowledge

// People write compound job words both ways: "bar tender" for bartender,
// "backend" for "Back End Developer". The index knows which words its names
// hold and which pairs of words they hold next to each other, so a question's
// spelling can be brought to the names' one.

// minCompoundPart is the shortest part a compound is split into: shorter
// parts ("a", "on") would split ordinary words.
const minCompoundPart = 3

// nextTo reports whether some name holds word a right before word b. It
// walks the shorter posting list: this is asked only of rare words.
func (ix *nameIndex) nextTo(a, b string) bool {
	ia, ok1 := ix.wordID(a)
	ib, ok2 := ix.wordID(b)
	if !ok1 || !ok2 {
		return false
	}
	short := ix.postings.of(ia)
	if ix.postings.count(ib) < len(short) {
		short = ix.postings.of(ib)
	}
	for _, n := range short {
		ws := ix.nameWords(&ix.names[n]) // in the name's order, each word once
		for j := 1; j < len(ws); j++ {
			if ws[j-1] == ia && ws[j] == ib {
				return true
			}
		}
	}
	return false
}

// Split returns the two words a normalised word no name holds is written
// for, when names hold them side by side: "backend" → "back", "end".
func (b *Base) Split(word string) (string, string, bool) {
	if b.Known(word) || len(word) < 2*minCompoundPart {
		return "", "", false
	}
	for i := minCompoundPart; i <= len(word)-minCompoundPart; i++ {
		if b.index.nextTo(word[:i], singular(word[i:])) {
			return word[:i], singular(word[i:]), true
		}
	}
	return "", "", false
}

// Joined returns the one word two normalised words are written for, when
// names hold that word but never the two side by side: "bar tender" →
// "bartender", while "fire fighter" stays when a name spells it so.
func (b *Base) Joined(first, second string) (string, bool) {
	if len(first) < minCompoundPart || len(second) < minCompoundPart {
		return "", false
	}
	w := first + second
	if !b.Known(w) || b.index.nextTo(first, second) {
		return "", false
	}
	return w, true
}
