package clean

import (
	"bufio"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math/bits"
	"slices"
	"sync"
)

// Model holds corpus line statistics: for each line, in how many documents
// it occurs. A line that many documents of a batch or site repeat is
// template (menus, footers, prompts), not article: the idea of CCNet's line
// deduplication. Observe, Count and WriteTo are safe for concurrent use.
//
// Memory is bounded: past maxModelLines distinct lines, lines seen in only
// one document are forgotten, since a template line recurs.
type Model struct {
	mu    sync.Mutex
	docs  uint64
	lines map[uint64]uint32 // line hash -> documents containing it
}

const (
	modelMagic    = "winnow-clean-model\n"
	modelVersion  = 2
	maxModelLines = 1 << 21
	// minModelLine is the shortest line (in bytes) the model tracks; shorter
	// lines carry too little to tell template from coincidence.
	minModelLine = 12
)

// NewModel returns an empty Model.
func NewModel() *Model { return &Model{lines: map[uint64]uint32{}} }

// lineHash is a stable 64-bit hash of the folded line, which keys the
// saved model: eight bytes at a time, each mixed in by a 128-bit multiply,
// as wyhash does.
func lineHash[T string | []byte](s T) uint64 {
	const k0, k1 = 0xa0761d6478bd642f, 0xe7037ed1a0b428db
	h := uint64(len(s)) ^ k0
	i := 0
	for ; i+8 <= len(s); i += 8 {
		h = mix(load8(s, i)^k1, h)
	}
	var tail uint64
	for j := len(s) - 1; j >= i; j-- {
		tail = tail<<8 | uint64(s[j])
	}
	return mix(tail^k1, h^k0)
}

// mix folds the 128-bit product of a and b into 64 bits.
func mix(a, b uint64) uint64 {
	hi, lo := bits.Mul64(a, b)
	return hi ^ lo
}

// observeScratch holds what Observe needs per document, reused: a batch
// is observed document by document, on every core.
type observeScratch struct {
	keys []uint64
	fold []byte
}

var observeScratches = sync.Pool{New: func() any { return new(observeScratch) }}

// maxKeptScratch bounds the scratch space kept between documents, so that
// one enormous line does not stay in memory.
const maxKeptScratch = 1 << 20

// Observe adds one document's distinct lines to the statistics.
func (m *Model) Observe(text string) {
	sc := observeScratches.Get().(*observeScratch)
	keys, buf := sc.keys[:0], sc.fold
	defer func() {
		if cap(buf) <= maxKeptScratch && cap(keys) <= maxKeptScratch/8 {
			sc.keys, sc.fold = keys, buf
			observeScratches.Put(sc)
		}
	}()
	forEachLine(text, func(_ int, ln string) {
		if len(ln) < minModelLine {
			return
		}
		var closed []byte
		_, closed, buf = foldLine(ln, buf)
		if len(closed) >= minModelLine {
			keys = append(keys, lineHash(closed))
		}
	})
	slices.Sort(keys)
	keys = slices.Compact(keys)
	m.mu.Lock()
	defer m.mu.Unlock()
	m.docs++
	for _, k := range keys {
		m.lines[k]++
	}
	if len(m.lines) > maxModelLines {
		for k, n := range m.lines {
			if n <= 1 {
				delete(m.lines, k)
			}
		}
	}
}

func modelKey(ln string) (uint64, bool) {
	if len(ln) < minModelLine {
		return 0, false
	}
	f := fold(ln, false)
	if len(f) < minModelLine {
		return 0, false
	}
	return lineHash(f), true
}

// Docs returns how many documents the model has observed.
func (m *Model) Docs() int {
	m.mu.Lock()
	defer m.mu.Unlock()
	return int(m.docs)
}

// Count returns in how many observed documents the line occurs.
func (m *Model) Count(line string) int {
	k, ok := modelKey(line)
	if !ok {
		return 0
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	return int(m.lines[k])
}

// templates returns the lines at least minDocs documents share, the only
// counts a Cleaner acts on: a small table, read without locking, in place
// of the whole model on the hot path.
func (m *Model) templates(minDocs int) templateCounts {
	m.mu.Lock()
	defer m.mu.Unlock()
	t := templateCounts{}
	for k, n := range m.lines {
		if int(n) >= minDocs {
			t[k] = n
		}
	}
	return t
}

// templateCounts maps the hashes of template lines to their document counts.
type templateCounts map[uint64]uint32

// count returns the documents sharing a line already folded by foldLine.
func (t templateCounts) count(line string, closed []byte) int {
	if len(line) < minModelLine || len(closed) < minModelLine {
		return 0
	}
	return int(t[lineHash(closed)])
}

// WriteTo saves the model in a versioned binary format that ReadModel reads.
func (m *Model) WriteTo(w io.Writer) (int64, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	bw := bufio.NewWriter(w)
	cw := &countWriter{w: bw}
	buf := make([]byte, 0, 2*binary.MaxVarintLen64)
	io.WriteString(cw, modelMagic)
	buf = binary.AppendUvarint(buf[:0], modelVersion)
	buf = binary.AppendUvarint(buf, m.docs)
	buf = binary.AppendUvarint(buf, uint64(len(m.lines)))
	cw.Write(buf)
	for k, n := range m.lines {
		buf = binary.LittleEndian.AppendUint64(buf[:0], k)
		buf = binary.AppendUvarint(buf, uint64(n))
		cw.Write(buf)
	}
	if cw.err == nil {
		cw.err = bw.Flush()
	}
	return cw.n, cw.err
}

type countWriter struct {
	w   io.Writer
	n   int64
	err error
}

func (c *countWriter) Write(p []byte) (int, error) {
	if c.err != nil {
		return 0, c.err
	}
	n, err := c.w.Write(p)
	c.n += int64(n)
	c.err = err
	return n, err
}

// ErrNotModel is returned by ReadModel for input that is not a saved model.
var ErrNotModel = errors.New("clean: not a winnow clean model")

// ReadModel reads a model saved by WriteTo.
func ReadModel(r io.Reader) (*Model, error) {
	br := bufio.NewReader(r)
	magic := make([]byte, len(modelMagic))
	if _, err := io.ReadFull(br, magic); err != nil || string(magic) != modelMagic {
		return nil, ErrNotModel
	}
	v, err := binary.ReadUvarint(br)
	if err != nil {
		return nil, fmt.Errorf("clean: model header: %w", err)
	}
	if v != modelVersion {
		return nil, fmt.Errorf("clean: model version %d, this winnow reads version %d", v, modelVersion)
	}
	docs, err := binary.ReadUvarint(br)
	if err != nil {
		return nil, fmt.Errorf("clean: model header: %w", err)
	}
	n, err := binary.ReadUvarint(br)
	if err != nil {
		return nil, fmt.Errorf("clean: model header: %w", err)
	}
	m := &Model{docs: docs, lines: make(map[uint64]uint32, min(n, maxModelLines))}
	var key [8]byte
	for i := uint64(0); i < n; i++ {
		if _, err := io.ReadFull(br, key[:]); err != nil {
			return nil, fmt.Errorf("clean: model entry %d: %w", i, io.ErrUnexpectedEOF)
		}
		c, err := binary.ReadUvarint(br)
		if err != nil || c > docs || c > 1<<32-1 {
			return nil, fmt.Errorf("clean: model entry %d: bad count", i)
		}
		m.lines[binary.LittleEndian.Uint64(key[:])] = uint32(c)
	}
	return m, nil
}
