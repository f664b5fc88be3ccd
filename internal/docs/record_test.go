package docs

import (
	"bytes"
	"encoding/json"
	"testing"
)

func TestRecordPassesFieldsThrough(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"order and bytes kept", `{"z":1.50,"text":"a","id":"x","meta":{"b":[1, 2],"a":null}}`,
			`{"z":1.50,"text":"b","id":"x","meta":{"b":[1, 2],"a":null}}`},
		{"escapes in keys and values kept", `{"t\u0065xt":"a","k":"\u00e9\n"}`,
			`{"t\u0065xt":"b","k":"\u00e9\n"}`},
		{"spacing between members dropped", "{ \"text\" : \"a\" ,\t\"n\" : true }",
			`{"text":"b","n":true}`},
		{"html characters not escaped", `{"text":"a"}`, `{"text":"b"}`},
		{"invalid UTF-8 in other fields repaired", "{\"text\":\"a\",\"src\":\"caf\xe9 \x94\x95!\",\"k\xff\":1}",
			"{\"text\":\"b\",\"src\":\"caf\uFFFD \uFFFD!\",\"k\uFFFD\":1}"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, err := ParseRecord([]byte(tt.in))
			if err != nil {
				t.Fatal(err)
			}
			if s, err := r.String("text"); err != nil || s != "a" {
				t.Fatalf("String(text) = %q, %v", s, err)
			}
			r.SetString("text", "b")
			if got := string(r.AppendTo(nil)); got != tt.want {
				t.Errorf("got  %s\nwant %s", got, tt.want)
			}
		})
	}
}

func TestRecordSetKeepsMarkupReadable(t *testing.T) {
	r, _ := ParseRecord([]byte(`{}`))
	r.SetString("text", "<b>a & b</b>")
	if got, want := string(r.AppendTo(nil)), `{"text":"<b>a & b</b>"}`; got != want {
		t.Errorf("got %s, want %s", got, want)
	}
}

func TestRecordErrors(t *testing.T) {
	for _, in := range []string{`not json`, `[1,2]`, `"text"`, `{"text":"a"`, `{"text":"a"} x`} {
		if _, err := ParseRecord([]byte(in)); err == nil {
			t.Errorf("ParseRecord(%s): no error", in)
		}
	}
	r, _ := ParseRecord([]byte(`{"text":3,"id":7}`))
	if _, err := r.String("text"); err == nil {
		t.Error("a number was accepted as text")
	}
	if _, err := r.String("body"); err == nil {
		t.Error("a missing field was accepted")
	}
	if id := r.ID("id"); id != "7" {
		t.Errorf("numeric id = %q, want 7", id)
	}
}

// FuzzRecordRoundTrip checks that any valid object comes out of a parse and
// rewrite with the same members and values, byte for byte but for invalid
// UTF-8, which comes out as U+FFFD.
func FuzzRecordRoundTrip(f *testing.F) {
	for _, s := range []string{`{"id":"1","text":"x"}`, `{"a":[{"b":"}"}],"c":"\"{"}`, `{}`, ` {"x" : -1e5 } `} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, in []byte) {
		r, err := ParseRecord(in)
		if err != nil {
			return
		}
		out := r.AppendTo(nil)
		if !json.Valid(out) {
			t.Fatalf("invalid JSON out: %s", out)
		}
		r2, err := ParseRecord(out)
		if err != nil {
			t.Fatalf("reparse: %v", err)
		}
		if len(r.members) != len(r2.members) {
			t.Fatalf("members: %d, then %d", len(r.members), len(r2.members))
		}
		repaired := func(b []byte) []byte { return bytes.ToValidUTF8(b, []byte("\uFFFD")) }
		for i, m := range r.members {
			if !bytes.Equal(repaired(m.value), r2.members[i].value) || !bytes.Equal(repaired(m.rawKey), r2.members[i].rawKey) {
				t.Fatalf("member %d changed: %s:%s -> %s:%s", i, m.rawKey, m.value, r2.members[i].rawKey, r2.members[i].value)
			}
		}
		seen := map[string]bool{}
		for _, m := range r.members {
			if seen[m.key] || m.value[0] != '"' {
				seen[m.key] = true // String reads a key's first member
				continue
			}
			seen[m.key] = true
			var want string
			json.Unmarshal(m.value, &want)
			if got, err := r.String(m.key); err != nil || got != want {
				t.Fatalf("String(%q) = %q, %v; want %q", m.key, got, err, want)
			}
			if got, err := r.Text(m.key); err != nil || string(got) != want {
				t.Fatalf("Text(%q) = %q, %v; want %q", m.key, got, err, want)
			}
		}
		var a, b any
		json.Unmarshal(repaired(in), &a)
		json.Unmarshal(out, &b)
		if !jsonEqual(a, b) {
			t.Fatalf("value changed: %s -> %s", in, out)
		}
	})
}

func jsonEqual(a, b any) bool {
	x, _ := json.Marshal(a)
	y, _ := json.Marshal(b)
	return bytes.Equal(x, y)
}

// TestAppendWithText checks that quoting the text while writing a record
// gives the bytes of setting it first and writing after.
func TestAppendWithText(t *testing.T) {
	records := []string{`{}`, `{"id":1}`, `{"text":"old","id":"a"}`, `{"id":"a","text":null,"x":[1]}`, `{"text":"a","text":"b"}`}
	texts := []string{"", "new text\nwith \"quotes\" and <tags>", "bad \xff byte"}
	for _, in := range records {
		for _, text := range texts {
			set, err := ParseRecord([]byte(in))
			if err != nil {
				t.Fatal(err)
			}
			with, _ := ParseRecord([]byte(in))
			set.SetText("text", []byte(text))
			want := set.AppendTo(nil)
			if got := with.appendWithText([]byte("> "), "text", []byte(text)); string(got) != "> "+string(want) {
				t.Errorf("%s with %q:\n got %s\nwant %s", in, text, got, want)
			}
		}
	}
}

// TestTakeText checks the in-place unescaping of a record's text: the same
// bytes as Text, the member spent, and the record still written whole by
// AppendDoc.
func TestTakeText(t *testing.T) {
	tests := []struct{ in, want string }{
		{`{"id":1,"text":"plain"}`, "plain"},
		{`{"id":1,"text":"two\nlines \"quoted\" a\\b \/ \t\r\b\f","x":2}`, "two\nlines \"quoted\" a\\b / \t\r\b\f"},
		{`{"text":"caf\u00e9 \\u"}`, "café \\u"},
		{`{"text":"\\"}`, `\`},
	}
	for _, tt := range tests {
		rec, err := ParseRecord([]byte(tt.in))
		if err != nil {
			t.Fatal(err)
		}
		got, err := rec.takeText("text")
		if err != nil || string(got) != tt.want {
			t.Errorf("takeText(%s) = %q, %v; want %q", tt.in, got, err, tt.want)
			continue
		}
		fresh, _ := ParseRecord([]byte(tt.in))
		text, _ := fresh.Text("text")
		want := AppendDoc(nil, &Doc{Record: fresh, Data: text, Format: JSONL}, Detect, Options{})
		if out := AppendDoc(nil, &Doc{Record: rec, Data: got, Format: JSONL}, Detect, Options{}); string(out) != string(want) {
			t.Errorf("%s written again as %s, want %s", tt.in, out, want)
		}
	}
}
