package warc

import (
	"errors"
	"fmt"
	"net/http"
	"strings"
	"time"
)

// MaxRecord is the largest record block the reader holds in memory. Larger
// blocks are skipped and reported with ErrTooLarge; decompressed HTTP bodies
// are cut at this size too.
const MaxRecord = 64 << 20

var (
	// ErrTooLarge reports a record whose block exceeds MaxRecord. The block
	// has been skipped; the next call to Next reads the following record.
	ErrTooLarge = errors.New("record larger than MaxRecord")
	// ErrMalformed reports a record whose header cannot be read. The next
	// call to Next skips ahead to the next WARC version line.
	ErrMalformed = errors.New("malformed record")
)

// Error is a problem with the record that starts at Offset, for example:
//
//	warc: offset 1532: malformed record: no Content-Length
//	warc: offset 90210: block ends after 512 of 4096 bytes: unexpected EOF
type Error struct {
	Offset int64 // where the record starts in the decompressed stream
	Err    error
}

func (e *Error) Error() string { return fmt.Sprintf("warc: offset %d: %v", e.Offset, e.Err) }

func (e *Error) Unwrap() error { return e.Err }

// Record is one WARC record. Body and the HTTP fields describe the payload
// with transfer and content encodings removed where the reader knows how.
type Record struct {
	Version string            // WARC/1.0, WARC/1.1, ...
	Offset  int64             // where the record starts in the decompressed stream
	Type    string            // WARC-Type: response, request, warcinfo, metadata, resource, revisit, conversion, ...
	Header  map[string]string // WARC named fields as written; repeated fields are joined by ", "; use Get
	URL     string            // WARC-Target-URI, angle brackets stripped
	Date    time.Time         // WARC-Date; zero when absent or unreadable
	ID      string            // WARC-Record-ID

	// For response (and revisit) records whose block is an HTTP response:
	// the status code and headers. HTTPHeader loses Transfer-Encoding and
	// Content-Encoding once Body has been decoded, so it describes Body; a
	// remaining Content-Encoding (br, zstd) means Body is still encoded.
	HTTPStatus int
	HTTPHeader http.Header
	// ContentType is the HTTP Content-Type for HTTP payloads, else the WARC
	// Content-Type of the block. It may carry a charset parameter.
	ContentType string
	// Body is the payload to treat as the document: the HTTP entity body
	// for HTTP responses, otherwise the whole block.
	Body []byte
}

// Get returns the WARC named field name, matched without regard to case.
func (r *Record) Get(name string) string {
	if v, ok := r.Header[name]; ok {
		return v
	}
	for k, v := range r.Header {
		if strings.EqualFold(k, name) {
			return v
		}
	}
	return ""
}

// add records a named field, joining repeats (WARC-Concurrent-To may appear
// many times) under the spelling seen first, which it returns.
func (r *Record) add(name, value string) string {
	for k, v := range r.Header {
		if strings.EqualFold(k, name) {
			r.Header[k] = v + ", " + value
			return k
		}
	}
	r.Header[name] = value
	return name
}

// IsDocument reports whether the record carries text a reader would call a
// document: a response, resource or conversion record with a non-empty HTML
// or plain-text payload (Content-Type text/html, application/xhtml+xml or
// text/plain, sniffed from Body when absent). HTTP responses count only with
// a 2xx status, since redirect and error pages are not the documents sought,
// and only when Body is no longer content-encoded.
func (r *Record) IsDocument() bool {
	switch strings.ToLower(r.Type) {
	case "response", "resource", "conversion":
	default:
		return false
	}
	if len(r.Body) == 0 {
		return false
	}
	if r.HTTPStatus != 0 && (r.HTTPStatus < 200 || r.HTTPStatus > 299) {
		return false
	}
	if r.HTTPHeader.Get("Content-Encoding") != "" {
		return false
	}
	ct := r.ContentType
	if strings.TrimSpace(ct) == "" {
		ct = http.DetectContentType(r.Body)
	}
	switch mediaType(ct) {
	case "text/html", "application/xhtml+xml", "text/plain":
		return true
	}
	return false
}

// mediaType returns the lower-case type/subtype of a Content-Type value.
// mime.ParseMediaType is stricter than the headers found in crawls.
func mediaType(ct string) string {
	if i := strings.IndexByte(ct, ';'); i >= 0 {
		ct = ct[:i]
	}
	return strings.ToLower(strings.TrimSpace(ct))
}

// dateLayouts are the W3C-profile ISO 8601 forms WARC allows, most precise
// first, then the 14-digit form of WARC 0.x and ARC files.
var dateLayouts = []string{
	time.RFC3339Nano,
	"2006-01-02T15:04Z07:00",
	"2006-01-02",
	"2006-01",
	"2006",
	"20060102150405",
}

func parseDate(s string) time.Time {
	s = strings.TrimSpace(s)
	if s == "" {
		return time.Time{}
	}
	for _, layout := range dateLayouts {
		if t, err := time.Parse(layout, s); err == nil {
			return t
		}
	}
	return time.Time{}
}
