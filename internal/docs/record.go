package docs

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"strconv"
	"unicode/utf8"
	"unsafe"
)

// A Record is one JSONL object whose members keep their original bytes and order,
// so fields winnow does not know pass through untouched (but for invalid
// UTF-8, which is written as U+FFFD).
type Record struct {
	members []member
}

type member struct {
	rawKey []byte // the key as written, quotes included
	key    string // the key decoded
	value  []byte // the value as written
}

// ParseRecord splits one JSON object into its members without decoding their
// values. It accepts exactly the lines json.Valid accepts.
func ParseRecord(line []byte) (*Record, error) {
	r := &Record{}
	s := scanner{b: line, ok: true}
	s.space()
	if s.i < len(line) && line[s.i] == '{' {
		s.object(1, func(rawKey, value []byte) {
			b, ok := unquote(rawKey[1 : len(rawKey)-1])
			key := string(b)
			if !ok {
				json.Unmarshal(rawKey, &key)
			}
			r.members = append(r.members, member{rawKey: rawKey, key: key, value: value})
		})
		s.space()
		if s.ok && s.i == len(line) {
			return r, nil
		}
	}
	if !validJSON(line) {
		var v any
		err := json.Unmarshal(line, &v)
		return nil, fmt.Errorf("not valid JSON: %s", jsonErrorText(err))
	}
	return nil, errors.New("not a JSON object")
}

func jsonErrorText(err error) string {
	if err == nil {
		return "unexpected input"
	}
	var syn *json.SyntaxError
	if errors.As(err, &syn) {
		return fmt.Sprintf("%s (at byte %d)", syn.Error(), syn.Offset)
	}
	return err.Error()
}

// Raw returns the bytes of the member named key, and whether it exists.
func (r *Record) Raw(key string) ([]byte, bool) {
	for _, m := range r.members {
		if m.key == key {
			return m.value, true
		}
	}
	return nil, false
}

// String returns the member named key as a string. It fails when the member is
// missing or is not a JSON string.
func (r *Record) String(key string) (string, error) {
	b, err := r.Text(key)
	return string(b), err
}

// Text returns the member named key, a JSON string, as bytes. When the
// string has no escapes the bytes are the record's own, not a copy.
func (r *Record) Text(key string) ([]byte, error) {
	raw, ok := r.Raw(key)
	if !ok {
		return nil, fmt.Errorf("no %q field", key)
	}
	if len(raw) == 0 || raw[0] != '"' {
		return nil, fmt.Errorf("field %q is not a string", key)
	}
	if b, ok := unquote(raw[1 : len(raw)-1]); ok {
		return b, nil
	}
	var s string
	if err := json.Unmarshal(raw, &s); err != nil {
		return nil, fmt.Errorf("field %q: %v", key, err)
	}
	return []byte(s), nil
}

// takeText returns the member named key as Text does, but unescapes it in
// place when it can, sparing a copy of the text: the member's bytes are then
// spent and it reads as null. It is for a record written again with its text
// given apart, as AppendDoc writes a parsed document.
func (r *Record) takeText(key string) ([]byte, error) {
	for i := range r.members {
		m := &r.members[i]
		if m.key != key {
			continue
		}
		if raw := m.value; len(raw) >= 2 && raw[0] == '"' {
			if b, ok := unquoteInPlace(raw[1 : len(raw)-1]); ok {
				m.value = null
				return b, nil
			}
		}
		break
	}
	return r.Text(key)
}

var null = []byte("null")

// unquoteInPlace is unquote writing over body, which it returns shortened.
// It changes nothing and reports false for what unquote leaves to
// json.Unmarshal (\u escapes, invalid UTF-8), so that can still be done.
func unquoteInPlace(body []byte) ([]byte, bool) {
	if bytes.IndexByte(body, '\\') < 0 || bytes.Contains(body, []byte(`\u`)) || !utf8.Valid(body) {
		return nil, false // nothing to save, or not the common way
	}
	// Unescaping only shortens, so it never overwrites what it has still to read.
	return unescape(body[:0], body)
}

// unquote decodes the body of a JSON string the common way: escapes other
// than \u and valid UTF-8. Anything else is left to json.Unmarshal, which
// also repairs invalid UTF-8. Without escapes the body itself is returned.
func unquote(body []byte) ([]byte, bool) {
	if bytes.IndexByte(body, '\\') < 0 {
		return body, utf8.Valid(body)
	}
	out, ok := unescape(make([]byte, 0, len(body)), body)
	return out, ok && utf8.Valid(out)
}

// unescape appends body to out with its escapes decoded, and reports false
// at a \u escape or a backslash ending body.
func unescape(out, body []byte) ([]byte, bool) {
	for i := 0; i < len(body); i++ {
		c := body[i]
		if c != '\\' {
			// Copy the run up to the next escape at once.
			j := bytes.IndexByte(body[i:], '\\')
			if j < 0 {
				j = len(body) - i
			}
			out = append(out, body[i:i+j]...)
			i += j - 1
			continue
		}
		if i++; i == len(body) {
			return nil, false
		}
		switch body[i] {
		case 'n':
			c = '\n'
		case 't':
			c = '\t'
		case 'r':
			c = '\r'
		case 'b':
			c = '\b'
		case 'f':
			c = '\f'
		case '"', '\\', '/':
			c = body[i]
		default: // \u and anything odd
			return nil, false
		}
		out = append(out, c)
	}
	return out, true
}

// ID returns the member named key as an id: a string as is, a number as written.
func (r *Record) ID(key string) string {
	raw, ok := r.Raw(key)
	if !ok {
		return ""
	}
	if raw[0] == '"' {
		if b, ok := unquote(raw[1 : len(raw)-1]); ok {
			return string(b)
		}
		var s string
		if json.Unmarshal(raw, &s) == nil {
			return s
		}
	}
	return string(raw)
}

// Set replaces the value of key, or appends the member when it is missing.
// value must be valid JSON.
func (r *Record) Set(key string, value []byte) {
	for i := range r.members {
		if r.members[i].key == key {
			r.members[i].value = value
			return
		}
	}
	rawKey, _ := marshal(key)
	r.members = append(r.members, member{rawKey: rawKey, key: key, value: value})
}

// SetString sets key to the JSON string s.
func (r *Record) SetString(key, s string) { r.SetText(key, []byte(s)) }

// SetText sets key to text as a JSON string; invalid UTF-8 becomes U+FFFD.
func (r *Record) SetText(key string, text []byte) {
	r.Set(key, appendQuoted(make([]byte, 0, len(text)+len(text)/16+2), text))
}

// Delete removes the member named key.
func (r *Record) Delete(key string) {
	for i := range r.members {
		if r.members[i].key == key {
			r.members = append(r.members[:i], r.members[i+1:]...)
			return
		}
	}
}

// appendWithText appends the record as AppendTo would after
// SetText(key, text), quoting text straight into b: the text is most of a
// record, and a copy of it quoted apart would be made only to be copied.
func (r *Record) appendWithText(b []byte, key string, text []byte) []byte {
	return r.appendMembers(b, key, text, true)
}

// AppendTo appends the record as one line of compact JSON, without a newline.
func (r *Record) AppendTo(b []byte) []byte {
	return r.appendMembers(b, "", nil, false)
}

// appendMembers appends the record, with text as the value of key when
// withText is set, added last if the record lacks key.
func (r *Record) appendMembers(b []byte, key string, text []byte, withText bool) []byte {
	b = append(b, '{')
	done := !withText
	for i, m := range r.members {
		if i > 0 {
			b = append(b, ',')
		}
		b = appendValid(b, m.rawKey)
		b = append(b, ':')
		if !done && m.key == key {
			b, done = appendQuoted(b, text), true
			continue
		}
		b = appendValid(b, m.value)
	}
	if !done {
		if len(r.members) > 0 {
			b = append(b, ',')
		}
		b = AppendString(b, key)
		b = append(b, ':')
		b = appendQuoted(b, text)
	}
	return append(b, '}')
}

// appendValid appends a member's bytes as written, but for invalid UTF-8
// inside its strings (JSON itself is ASCII): each run of bad bytes becomes
// one U+FFFD, as in the text, so that output is valid UTF-8 whatever came in.
func appendValid(b, raw []byte) []byte {
	if utf8.Valid(raw) {
		return append(b, raw...)
	}
	return append(b, bytes.ToValidUTF8(raw, []byte("\uFFFD"))...)
}

// JSONAppender is a finding's value that writes itself as JSON, as
// encoding/json would without HTML escaping, sparing reflection on the hot
// path of every document.
type JSONAppender interface {
	AppendJSON(b []byte) []byte
}

// AppendString appends s as a JSON string, as encoding/json writes it
// without HTML escaping, but for invalid UTF-8: each run of bad bytes
// becomes one U+FFFD, as in the text (encoding/json writes \ufffd per byte).
func AppendString(b []byte, s string) []byte {
	return appendQuoted(b, unsafe.Slice(unsafe.StringData(s), len(s)))
}

// marshal encodes v as JSON without escaping <, > and &, which news text is full of.
func marshal(v any) ([]byte, error) {
	switch v := v.(type) {
	case string:
		if utf8.ValidString(v) {
			return AppendString(nil, v), nil
		}
	case int:
		return strconv.AppendInt(nil, int64(v), 10), nil
	case JSONAppender:
		return v.AppendJSON(nil), nil
	}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	return bytes.TrimSuffix(buf.Bytes(), []byte{'\n'}), nil
}
