package docs

import (
	"bytes"
	"encoding/json"
	"slices"
	"strings"
	"testing"
)

var jsonCases = []string{
	``, ` `, `{}`, `[]`, `""`, `"a"`, `0`, `-0`, `01`, `-`, `1.`, `.5`, `1.5e`, `1e+5`, `1E-05`, `-12.5e3`,
	`true`, `tru`, `false`, `null`, `nul`, `nullx`, `{"a":1,}`, `{"a":1 "b":2}`, `{"a" 1}`, `{a:1}`,
	`[1,2,]`, `[1 2]`, `{"a":[1,{"b":null}],"c":"d"}`, " \t\r\n{}\n ", `{"a":"\u00e9\n\t\"\\\/\b\f\r"}`,
	`"\u00g0"`, `"\x"`, "\"a\x01b\"", "\"tab\tin\"", `"unterminated`, `"\`, `"\u12"`, "\"\xff\xfe\"",
	`{"text":"a long string with no escapes at all, long enough for whole words"}`,
	`{"text":"eight by eight by eight \" quote after the words"}`, `{}{}`, `[` + strings.Repeat(`[`, 10001) + strings.Repeat(`]`, 10002),
	strings.Repeat(`[`, 10000) + strings.Repeat(`]`, 10000),
}

func TestValidJSONAgreesWithEncodingJSON(t *testing.T) {
	for _, in := range jsonCases {
		if got, want := validJSON([]byte(in)), json.Valid([]byte(in)); got != want {
			t.Errorf("validJSON(%.40q) = %v, json.Valid says %v", in, got, want)
		}
	}
}

var quoteCases = []string{
	"", "plain ascii text, long enough to cross several eight-byte words",
	"quote \" and backslash \\ and tab \t and newline \n and \r, \b, \f, \x01, \x1f, \x7f",
	"<b>a & b</b>", "é, 中文, emoji 🎉", "line\u2028separator\u2029paragraph",
	"bad \xff byte", "bad run \xff\xfe\xfd here", "\xe2\x80 cut", "ends in \xe2", "\xc0\x80 overlong",
	"literal \uFFFD then \xff", "mixed \xffé\xfe",
}

// encodingJSON is v as encoding/json writes it without HTML escaping: the
// reference for winnow's own JSON writing.
func encodingJSON(t testing.TB, v any) string {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		t.Fatal(err)
	}
	return strings.TrimSuffix(buf.String(), "\n")
}

// TestMarshalMatchesEncodingJSON checks marshal's fast paths, for the
// values findings hold most, against encoding/json.
func TestMarshalMatchesEncodingJSON(t *testing.T) {
	values := []any{0, -7, 1 << 40, 3.25, true, []string{"a", "<b>"}, map[string]int{"n": 1}, "bad \xff\xfe bytes"}
	for _, s := range quoteCases {
		values = append(values, strings.ToValidUTF8(s, "\uFFFD"))
	}
	for _, v := range values {
		got, err := marshal(v)
		if want := encodingJSON(t, v); err != nil || string(got) != want {
			t.Errorf("marshal(%#v) = %s, %v; want %s", v, got, err, want)
		}
	}
}

func TestAppendQuotedMatchesEncodingJSON(t *testing.T) {
	for _, in := range quoteCases {
		want := encodingJSON(t, strings.ToValidUTF8(in, "\uFFFD"))
		if got := appendQuoted(nil, []byte(in)); string(got) != want {
			t.Errorf("appendQuoted(%q)\n got  %s\n want %s", in, got, want)
		}
	}
}

// FuzzJSON checks the one-pass scanner and quoting against encoding/json:
// the same lines are valid, records are exactly the valid objects, and text
// quotes to the same bytes.
func FuzzJSON(f *testing.F) {
	for _, s := range append(jsonCases[:len(jsonCases)-2], quoteCases...) {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, in []byte) {
		valid := json.Valid(in)
		if validJSON(in) != valid {
			t.Fatalf("validJSON(%q) = %v, json.Valid %v", in, !valid, valid)
		}
		var obj map[string]json.RawMessage
		isObject := valid && json.Unmarshal(in, &obj) == nil && obj != nil
		r, err := ParseRecord(in)
		if (err == nil) != isObject {
			t.Fatalf("ParseRecord(%q) error %v, but object %v", in, err, isObject)
		}
		if err == nil {
			for _, m := range r.members {
				if want, ok := obj[m.key]; !ok || (len(r.members) == len(obj) && string(m.value) != string(want)) {
					t.Fatalf("member %q = %s, encoding/json %s", m.key, m.value, want)
				}
			}
		}
		if err == nil {
			// takeText, which may unescape in place, gives what Text gives.
			for _, m := range r.members {
				want, werr := r.Text(m.key)
				fresh, _ := ParseRecord(slices.Clone(in))
				got, gerr := fresh.takeText(m.key)
				if (werr == nil) != (gerr == nil) || string(got) != string(want) {
					t.Fatalf("takeText(%q) = %q, %v; Text %q, %v", m.key, got, gerr, want, werr)
				}
			}
		}
		want := encodingJSON(t, strings.ToValidUTF8(string(in), "\uFFFD"))
		if got := appendQuoted(nil, in); string(got) != want {
			t.Fatalf("appendQuoted(%q) = %s, want %s", in, got, want)
		}
	})
}
