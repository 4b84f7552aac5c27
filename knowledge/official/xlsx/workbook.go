package xlsx

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"os"
	"path"
	"strings"
)

// Sentinel errors callers may test with errors.Is.
var (
	// ErrNoSheet: the workbook has no sheet of the name asked for.
	ErrNoSheet = errors.New("no such sheet")
	// ErrNoPart: a part the workbook refers to is not in the archive.
	ErrNoPart = errors.New("part missing from the workbook")
)

// The spreadsheet's own limits; a reference beyond them is corrupt input,
// and checking them bounds what a bad file can make us allocate.
const (
	maxRows    = 1048576
	maxColumns = 16384
)

// defaultWorkbookPart is where the workbook is when the package
// relationships do not say (every producer we know puts it there).
const defaultWorkbookPart = "xl/workbook.xml"

// Workbook is an open .xlsx file. Its sheets are read with Rows; nothing of
// a sheet is held between calls. A Workbook is for one goroutine at a time,
// and its Rows must be read before it is closed.
type Workbook struct {
	closer io.Closer            // the file, when Open opened it
	parts  map[string]*zip.File // by lower-case part name: OPC names ignore case
	sheets []sheetRef
	sst    *sharedStrings // loaded by the first Rows
	sstErr error
	sstAt  string // shared strings part, "" when there is none
}

// sheetRef is one sheet as workbook.xml lists it.
type sheetRef struct {
	name string
	part string // worksheet part, "" when its relationship is missing
	rel  string // relationship id, for errors
}

// Open opens the workbook at path. Close it when done.
func Open(path string) (*Workbook, error) {
	zr, err := zip.OpenReader(path)
	if err != nil {
		if f, ferr := os.Open(path); ferr == nil {
			err = openError(f, err)
			f.Close()
			return nil, err
		}
		return nil, fmt.Errorf("open workbook: %w", err)
	}
	w, err := newWorkbook(&zr.Reader)
	if err != nil {
		zr.Close()
		return nil, err
	}
	w.closer = zr
	return w, nil
}

// NewReader reads a workbook of the given size from r.
func NewReader(r io.ReaderAt, size int64) (*Workbook, error) {
	zr, err := zip.NewReader(r, size)
	if err != nil {
		return nil, openError(r, err)
	}
	return newWorkbook(zr)
}

// oleSignature starts an OLE compound file: an .xls workbook, or an .xlsx
// that Excel encrypted with a password, which is not a zip archive.
var oleSignature = []byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1}

// openError says why a file is not a workbook archive, telling the files
// people most often mistake for one from plain damage. r reads the file.
func openError(r io.ReaderAt, err error) error {
	head := make([]byte, len(oleSignature))
	if _, rerr := r.ReadAt(head, 0); rerr == nil && bytes.Equal(head, oleSignature) {
		return fmt.Errorf("open workbook: %w (an encrypted workbook or an .xls, which this reader does not read)", err)
	}
	return fmt.Errorf("open workbook: %w", err)
}

func newWorkbook(zr *zip.Reader) (*Workbook, error) {
	w := &Workbook{parts: make(map[string]*zip.File, len(zr.File))}
	for _, f := range zr.File {
		// Some writers store Windows separators; the first of two
		// entries with one name wins, as it would for a reader that
		// stops at the first match.
		name := strings.ToLower(strings.ReplaceAll(f.Name, `\`, "/"))
		if _, dup := w.parts[name]; !dup {
			w.parts[name] = f
		}
	}
	wbPart := defaultWorkbookPart
	if _, ok := w.parts["_rels/.rels"]; ok {
		rels, err := w.readRels("_rels/.rels", "")
		if err != nil {
			return nil, err
		}
		for _, r := range rels {
			if strings.HasSuffix(r.typ, "/officeDocument") {
				wbPart = r.target
				break
			}
		}
	}
	sheets, err := w.readSheetList(wbPart)
	if err != nil {
		return nil, err
	}
	relsPart := path.Join(path.Dir(wbPart), "_rels", path.Base(wbPart)+".rels")
	var rels []relationship
	if _, ok := w.parts[strings.ToLower(relsPart)]; ok {
		if rels, err = w.readRels(relsPart, path.Dir(wbPart)); err != nil {
			return nil, err
		}
	}
	byID := make(map[string]string, len(rels))
	for _, r := range rels {
		byID[r.id] = r.target
		if strings.HasSuffix(r.typ, "/sharedStrings") && w.sstAt == "" {
			w.sstAt = r.target
		}
	}
	if w.sstAt == "" {
		// A workbook whose relationships forget the table still has it
		// where every writer puts it.
		if _, ok := w.parts["xl/sharedstrings.xml"]; ok {
			w.sstAt = "xl/sharedStrings.xml"
		}
	}
	for i := range sheets {
		sheets[i].part = byID[sheets[i].rel]
	}
	w.sheets = sheets
	return w, nil
}

// Close releases the file Open opened.
func (w *Workbook) Close() error {
	if w.closer == nil {
		return nil
	}
	return w.closer.Close()
}

// Sheets returns the names of the sheets in workbook order.
func (w *Workbook) Sheets() []string {
	names := make([]string, len(w.sheets))
	for i, s := range w.sheets {
		names[i] = s.name
	}
	return names
}

// Rows starts reading the sheet of the given name, case aside as Excel
// compares sheet names. Close the Rows when done.
func (w *Workbook) Rows(sheet string) (*Rows, error) {
	ref, ok := w.sheet(sheet)
	if !ok {
		return nil, fmt.Errorf("sheet %q: %w", sheet, ErrNoSheet)
	}
	if ref.part == "" {
		return nil, fmt.Errorf("sheet %q: relationship %q: %w", ref.name, ref.rel, ErrNoPart)
	}
	sst, err := w.sharedStrings()
	if err != nil {
		return nil, err
	}
	rc, err := w.open(ref.part)
	if err != nil {
		return nil, fmt.Errorf("sheet %q: %w", ref.name, err)
	}
	return newRows(ref.name, ref.part, rc, sst), nil
}

func (w *Workbook) sheet(name string) (sheetRef, bool) {
	for _, s := range w.sheets {
		if strings.EqualFold(s.name, name) {
			return s, true
		}
	}
	return sheetRef{}, false
}

// sharedStrings loads the shared string table once, when a sheet is first
// read: a workbook opened only for its sheet names never pays for it.
func (w *Workbook) sharedStrings() (*sharedStrings, error) {
	if w.sst != nil || w.sstErr != nil {
		return w.sst, w.sstErr
	}
	w.sst = &sharedStrings{}
	if w.sstAt != "" {
		rc, err := w.open(w.sstAt)
		if err == nil {
			w.sst, err = readSharedStrings(rc)
			if cerr := rc.Close(); err == nil {
				err = cerr
			}
		}
		if err != nil {
			w.sst, w.sstErr = nil, fmt.Errorf("shared strings %s: %w", w.sstAt, err)
		}
	}
	return w.sst, w.sstErr
}

// open opens a part of the archive by name.
func (w *Workbook) open(part string) (io.ReadCloser, error) {
	f, ok := w.parts[strings.ToLower(part)]
	if !ok {
		return nil, fmt.Errorf("%s: %w", part, ErrNoPart)
	}
	rc, err := f.Open()
	if err != nil {
		return nil, fmt.Errorf("%s: %w", part, err)
	}
	return rc, nil
}

// decodePart decodes a whole small part (workbook, relationships) with
// visit called on each start element.
func (w *Workbook) decodePart(part string, visit func(xml.StartElement)) error {
	rc, err := w.open(part)
	if err != nil {
		return err
	}
	defer rc.Close()
	dec := xml.NewDecoder(rc)
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return fmt.Errorf("%s: %w", part, err)
		}
		if se, ok := tok.(xml.StartElement); ok {
			visit(se)
		}
	}
}

// readSheetList reads the sheets element of workbook.xml.
func (w *Workbook) readSheetList(part string) ([]sheetRef, error) {
	var sheets []sheetRef
	err := w.decodePart(part, func(se xml.StartElement) {
		if se.Name.Local != "sheet" {
			return
		}
		var s sheetRef
		for _, a := range se.Attr {
			switch {
			case a.Name.Local == "name" && a.Name.Space == "":
				s.name = a.Value
			// r:id, in whichever namespace (transitional or strict)
			// the file declares for relationships.
			case a.Name.Local == "id" && a.Name.Space != "":
				s.rel = a.Value
			}
		}
		sheets = append(sheets, s)
	})
	if err != nil {
		return nil, fmt.Errorf("workbook: %w", err)
	}
	return sheets, nil
}

// relationship is one entry of a .rels part, its target resolved to a part
// name.
type relationship struct {
	id, typ, target string
}

// readRels reads a relationships part; relative targets are resolved
// against dir, the folder of the part the relationships belong to.
func (w *Workbook) readRels(part, dir string) ([]relationship, error) {
	var rels []relationship
	err := w.decodePart(part, func(se xml.StartElement) {
		if se.Name.Local != "Relationship" {
			return
		}
		var r relationship
		external := false
		for _, a := range se.Attr {
			switch a.Name.Local {
			case "Id":
				r.id = a.Value
			case "Type":
				r.typ = a.Value
			case "Target":
				r.target = a.Value
			case "TargetMode":
				external = a.Value == "External"
			}
		}
		if external {
			return
		}
		r.target = resolve(dir, r.target)
		rels = append(rels, r)
	})
	if err != nil {
		return nil, fmt.Errorf("relationships: %w", err)
	}
	return rels, nil
}

// resolve turns a relationship target into a part name: absolute targets
// start at the package root, relative ones at dir.
func resolve(dir, target string) string {
	target = strings.ReplaceAll(target, `\`, "/")
	if strings.HasPrefix(target, "/") {
		return strings.TrimPrefix(path.Clean(target), "/")
	}
	return strings.TrimPrefix(path.Join("/", dir, target), "/")
}
