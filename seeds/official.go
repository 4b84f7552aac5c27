package seeds

import _ "embed" // for Official

// Official is the bundle of U.S. Department of Labor occupational statistics
// (O*NET titles, descriptions, skills and job zones; BLS OEWS wages; BLS Employment
// Projections) in the format official.ReadBundle reads. It is derived from
// the agencies' published files by `make seeds-official`
// (careerbot bundle-official), not edited by hand.
//
// Includes information from the O*NET 30.2 Database by the U.S. Department
// of Labor, Employment and Training Administration (USDOL/ETA), used under
// the CC BY 4.0 licence; modified.
//
// A string, not a []byte: the linker puts it with the binary's read-only
// data, whose pages a server can drop from its resident set once the bundle
// is read (a []byte lands in the writable data, which must stay).
//
//go:embed official.tsv.gz
var Official string
