// Package docs reads and writes the document streams winnow filters work on:
// plain text files, JSONL records and HTML pages, compressed or not, from files,
// directory trees, file lists or standard input.
//
//	r, err := docs.Open(docs.Source{Path: "news.jsonl.gz"}, docs.Options{}, nil)
//	for d, err := r.Next(); err != io.EOF; d, err = r.Next() { ... }
package docs

import "fmt"

// Format is how a file holds its documents.
type Format string

// The formats winnow reads. The zero value means "detect from name and content".
const (
	Detect Format = ""
	Text   Format = "text"  // one file, one document
	JSONL  Format = "jsonl" // one JSON object per line
	HTML   Format = "html"  // one page, one document
	WARC   Format = "warc"  // a web archive: each HTML or text response is a document
)

// ParseFormat checks a --format value.
func ParseFormat(s string) (Format, error) {
	switch f := Format(s); f {
	case Detect, Text, JSONL, HTML, WARC:
		return f, nil
	case "auto":
		return Detect, nil
	}
	return "", fmt.Errorf("unknown format %q (want text, jsonl, html or warc)", s)
}

// A Doc is one document: an id, its bytes, and whatever came with it.
type Doc struct {
	Seq    int     // position in the whole run, from 0
	ID     string  // the path for text and HTML, the id field for JSONL
	Data   []byte  // the document's text (or page), as the filters have left it
	Format Format  // Text, JSONL or HTML; filters may turn HTML into Text
	Source *Source // the file it came from
	Line   int     // its line in a JSONL file, else 0
	Offset int64   // its record's byte offset in a WARC file, else 0
	Part   int     // which part of a long text file this is, from 0 (see Options.PartSize)
	More   bool    // more parts of the same file follow
	Record *Record // the JSONL object it came from, else nil

	// Findings are what the filters report about the document; JSONL output puts
	// them under one "winnow" object, in the order they were added.
	Findings []Finding
	// Fields are top-level JSONL fields a filter found (an HTML page's title,
	// byline, date); they never replace a field the record already has.
	Fields []Finding
	// Carry holds what a filter's prepare step hands to its ordered step.
	Carry   any
	Drop    bool // a filter asked for the document to be left out of the output
	Changed bool // a filter changed Data
	// Pending marks a JSONL line not parsed yet (Options.DeferParse): Data
	// holds the line until Parse.
	Pending bool
	// TextInRecord says Record already holds the text, encoded, and Data is
	// not read: a record written once is not encoded again.
	TextInRecord bool
	// Rendered says Data is the document exactly as it is to be written,
	// in the output format, findings included.
	Rendered bool
}

// A Finding is one named result a filter reports about a document.
type Finding struct {
	Key   string
	Value any
}

// Note records a finding, replacing an earlier one with the same key.
func (d *Doc) Note(key string, value any) {
	for i := range d.Findings {
		if d.Findings[i].Key == key {
			d.Findings[i].Value = value
			return
		}
	}
	d.Findings = append(d.Findings, Finding{key, value})
}

// Where names the document for a message: path, path:line for JSONL, or
// path@offset for a WARC record.
func (d *Doc) Where() string {
	if d.Line > 0 {
		return fmt.Sprintf("%s:%d", d.Source.Path, d.Line)
	}
	if d.Source.Format == WARC {
		return fmt.Sprintf("%s@%d", d.Source.Path, d.Offset)
	}
	return d.Source.Path
}
