package dedup

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"hash/crc32"
	"io"
	"io/fs"
	"os"
	"time"

	"github.com/winnow-text/winnow/internal/atomicfile"
)

// The index file holds the signatures of every document added so far:
//
//	magic "winnow-dedup\n", format version (uvarint), document count (uvarint),
//	the documents, then a CRC-32C (Castagnoli) of everything before it, big-endian.
//
// A document is its id (uvarint length, bytes), its date (a byte, 0 for
// none or 1 followed by Unix nanoseconds as a varint), its simhash (8 bytes,
// little-endian), words and shingles (uvarints), the sketch (count, then
// 4-byte values) and the anchors (count, then hash as 4 bytes and word as a
// uvarint).
const (
	storeMagic   = "winnow-dedup\n"
	storeVersion = 1
)

var castagnoli = crc32.MakeTable(crc32.Castagnoli)

// ErrLocked is returned by Open when another process holds the index file.
var ErrLocked = errors.New("index file is in use by another winnow process")

// CorruptError reports an index file that cannot be read back: truncated,
// altered, or not an index file at all.
type CorruptError struct {
	Path   string
	Reason string
}

func (e *CorruptError) Error() string {
	return fmt.Sprintf("%s: corrupt dedup index: %s; delete it to start afresh", e.Path, e.Reason)
}

// A Store is a Finder backed by an index file, for incremental runs: each run
// checks new documents against every document of the runs before it. Open
// takes an exclusive lock held until Close, so concurrent runs cannot lose
// each other's documents; Save writes a temporary file, syncs it and renames
// it over the old one, so an interrupted run leaves the previous index
// intact. Anchors are saved for the documents still in the Finder's passage
// window only, which is all a later run can meet.
type Store struct {
	*Finder
	path string
	lock *os.File
}

// Open opens the index file at path, creating an empty index when the file
// does not exist, and locks it.
func Open(path string, opt Options) (*Store, error) {
	lock, err := lockFile(path + ".lock")
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	s := &Store{Finder: NewFinder(opt), path: path, lock: lock}
	data, err := os.ReadFile(path)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return s, nil
	case err != nil:
		s.Close()
		return nil, err
	}
	if err := s.decode(data); err != nil {
		s.Close()
		return nil, err
	}
	return s, nil
}

// Save writes the index atomically: a temporary file, synced, then renamed
// over the old one.
func (s *Store) Save() error {
	data := s.encode()
	return atomicfile.Write(s.path, func(w io.Writer) error {
		_, err := w.Write(data)
		return err
	})
}

// Close releases the lock. It does not save.
func (s *Store) Close() error {
	if s.lock == nil {
		return nil
	}
	err := unlockFile(s.lock)
	s.lock = nil
	return err
}

func (s *Store) encode() []byte {
	b := []byte(storeMagic)
	b = binary.AppendUvarint(b, storeVersion)
	b = binary.AppendUvarint(b, uint64(len(s.docs)))
	for i, d := range s.docs {
		sig := &s.sigs[i]
		b = binary.AppendUvarint(b, uint64(len(d.id)))
		b = append(b, d.id...)
		if d.date.IsZero() {
			b = append(b, 0)
		} else {
			b = append(b, 1)
			b = binary.AppendVarint(b, d.date.UnixNano())
		}
		b = binary.LittleEndian.AppendUint64(b, sig.Simhash)
		b = binary.AppendUvarint(b, uint64(sig.Words))
		b = binary.AppendUvarint(b, uint64(sig.Shingles))
		b = binary.AppendUvarint(b, uint64(len(sig.Sketch)))
		for _, h := range sig.Sketch {
			b = binary.LittleEndian.AppendUint32(b, h)
		}
		b = binary.AppendUvarint(b, uint64(len(sig.Anchors)))
		for _, a := range sig.Anchors {
			b = binary.LittleEndian.AppendUint32(b, a.Hash)
			b = binary.AppendUvarint(b, uint64(a.Word))
		}
	}
	return binary.BigEndian.AppendUint32(b, crc32.Checksum(b, castagnoli))
}

// decoder reads the index format, remembering the first error.
type decoder struct {
	b   []byte
	err error
}

func (d *decoder) fail(reason string) {
	if d.err == nil {
		d.err = errors.New(reason)
	}
	d.b = nil
}

func (d *decoder) uvarint(limit uint64) uint64 {
	v, n := binary.Uvarint(d.b)
	if n <= 0 || v > limit {
		d.fail("bad number")
		return 0
	}
	d.b = d.b[n:]
	return v
}

func (d *decoder) bytes(n int) []byte {
	if n > len(d.b) {
		d.fail("truncated")
		return make([]byte, n)
	}
	v := d.b[:n]
	d.b = d.b[n:]
	return v
}

func (s *Store) decode(data []byte) error {
	corrupt := func(reason string) error { return &CorruptError{s.path, reason} }
	if !bytes.HasPrefix(data, []byte(storeMagic)) {
		return corrupt("not a winnow dedup index")
	}
	if len(data) < len(storeMagic)+4 {
		return corrupt("truncated")
	}
	body, sum := data[:len(data)-4], binary.BigEndian.Uint32(data[len(data)-4:])
	d := &decoder{b: body[len(storeMagic):]}
	if v := d.uvarint(1 << 20); d.err == nil && v != storeVersion {
		return corrupt(fmt.Sprintf("format version %d, this winnow reads version %d", v, storeVersion))
	}
	if crc32.Checksum(body, castagnoli) != sum {
		return corrupt("checksum mismatch (truncated or altered)")
	}
	n := d.uvarint(uint64(len(data)))
	for i := uint64(0); i < n && d.err == nil; i++ {
		id := string(d.bytes(int(d.uvarint(uint64(len(d.b))))))
		var date time.Time
		if d.bytes(1)[0] == 1 {
			t, k := binary.Varint(d.b)
			if k <= 0 {
				d.fail("bad date")
				break
			}
			d.b = d.b[k:]
			date = time.Unix(0, t).UTC()
		}
		var sig Signature
		sig.Simhash = binary.LittleEndian.Uint64(d.bytes(8))
		sig.Words = int(d.uvarint(1 << 40))
		sig.Shingles = int(d.uvarint(1 << 40))
		sig.Sketch = make([]uint32, d.uvarint(SketchSize))
		for j := range sig.Sketch {
			sig.Sketch[j] = binary.LittleEndian.Uint32(d.bytes(4))
		}
		sig.Anchors = make([]Anchor, d.uvarint(uint64(len(d.b))))
		for j := range sig.Anchors {
			sig.Anchors[j] = Anchor{binary.LittleEndian.Uint32(d.bytes(4)), uint32(d.uvarint(1 << 32))}
		}
		if d.err == nil {
			s.Add(id, date, sig)
		}
	}
	if d.err == nil && len(d.b) != 0 {
		d.fail("trailing bytes")
	}
	if d.err != nil {
		return corrupt(d.err.Error())
	}
	return nil
}
