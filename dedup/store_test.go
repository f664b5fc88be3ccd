package dedup

import (
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"
)

func TestStoreRoundTrip(t *testing.T) {
	path := filepath.Join(t.TempDir(), "corpus.idx")
	texts := testCorpus(t, 20)
	s, err := Open(path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	date := time.Date(2016, 12, 7, 18, 47, 0, 0, time.UTC)
	for i, text := range texts[:10] {
		s.Add(docID(i), date.Add(time.Duration(i)*time.Hour), Sign(text))
	}
	if err := s.Save(); err != nil {
		t.Fatal(err)
	}
	s.Close()

	// A second run sees the first run's documents and adds its own.
	s, err = Open(path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if s.Len() != 10 {
		t.Fatalf("reopened index has %d documents, want 10", s.Len())
	}
	for i, text := range texts[10:] {
		s.Add(docID(10+i), time.Time{}, Sign(text))
	}
	s.Save()
	s.Close()

	all := NewFinder(Options{})
	for i, text := range texts {
		d := time.Time{}
		if i < 10 {
			d = date.Add(time.Duration(i) * time.Hour)
		}
		all.Add(docID(i), d, Sign(text))
	}
	s, err = Open(path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if got, want := s.Report(), all.Report(); !reflect.DeepEqual(got, want) {
		t.Errorf("index built over two runs differs from one run:\n got %+v\nwant %+v", got, want)
	}
	if !reflect.DeepEqual(s.Signature(3), all.Signature(3)) {
		t.Errorf("signature 3 changed through the file")
	}
}

func TestStoreDetectsCorruption(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "corpus.idx")
	s, _ := Open(path, Options{})
	for i, text := range seedTexts(t) {
		s.Add(docID(i), time.Time{}, Sign(text))
	}
	if err := s.Save(); err != nil {
		t.Fatal(err)
	}
	s.Close()
	good, _ := os.ReadFile(path)
	flipped := append([]byte(nil), good...)
	flipped[len(flipped)/2] ^= 0x10
	tests := []struct {
		name, want string
		data       []byte
	}{
		{"bit flip", "checksum mismatch", flipped},
		{"truncated", "checksum mismatch", good[:len(good)-100]},
		{"too short", "truncated", good[:len(storeMagic)+1]},
		{"empty", "not a winnow dedup index", nil},
		{"other file", "not a winnow dedup index", []byte("id,text\n1,hello\n")},
		{"newer version", "format version 7", append([]byte(storeMagic), 7, 0, 0, 0, 0, 0)},
	}
	for _, tt := range tests {
		os.WriteFile(path, tt.data, 0o644)
		_, err := Open(path, Options{})
		var ce *CorruptError
		if !errors.As(err, &ce) || !strings.Contains(err.Error(), tt.want) || !strings.Contains(err.Error(), path) {
			t.Errorf("%s: Open error = %v, want a CorruptError naming the file and %q", tt.name, err, tt.want)
		}
	}
}

func TestStoreLocksAgainstConcurrentRuns(t *testing.T) {
	path := filepath.Join(t.TempDir(), "corpus.idx")
	first, err := Open(path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := Open(path, Options{}); !errors.Is(err, ErrLocked) {
		t.Fatalf("second Open while locked: err = %v, want ErrLocked", err)
	}
	first.Close()
	second, err := Open(path, Options{})
	if err != nil {
		t.Fatalf("Open after Close: %v", err)
	}
	second.Close()
}

func TestStoreSaveLeavesNoTemporaryFiles(t *testing.T) {
	dir := t.TempDir()
	s, _ := Open(filepath.Join(dir, "x.idx"), Options{})
	defer s.Close()
	s.Add("a", time.Time{}, Sign("a short document"))
	if err := s.Save(); err != nil {
		t.Fatal(err)
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 2 { // x.idx and x.idx.lock
		t.Errorf("directory holds %d entries after Save, want the index and its lock", len(entries))
	}
}
