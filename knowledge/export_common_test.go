package knowledge

// CommonTitlesTSV is the embedded table of common titles, for tests.
func CommonTitlesTSV() string { return commonTitlesTSV }
