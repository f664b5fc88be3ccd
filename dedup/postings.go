package dedup

// postings maps uint32 keys (n-gram hashes, sketch values) to the
// (document, word) pairs added under them, up to a limit per key. Most
// n-grams occur in one document only, so a key holds its first posting in
// its own 12-byte slot of an open-addressing table (linear probing) and gets
// a list only when a second posting comes: no list header, no allocation
// and one cache miss for the common case, and a look-up never walks through
// another key's postings.
type postings struct {
	slots []slot
	lists [][]posting
	used  int
	shift uint8      // 32 - log2(len(slots))
	sink  uint32     // keeps touch from being optimized away
	one   [1]posting // what insert reports of a key's only posting

	// expect is how many keys the table is meant to hold when full, when
	// known; 0 when not.
	expect int
}

// slot is a free slot (val 0), a key with one posting (val is the document
// number plus one, word its word) or a key with a list (val is listBit plus
// the list's index).
type slot struct {
	key, val, word uint32
}

const (
	listBit     = 1 << 31
	minPostings = 1 << 10 // initial slots
)

// home returns the slot where key's probe starts. Fibonacci hashing spreads
// keys that are not uniform, such as sketch values, the smallest hashes of a
// text.
func (p *postings) home(key uint32) int { return int((key * 0x9E3779B1) >> p.shift) }

// add appends to out the postings under key from documents other than doc,
// then adds (doc, word) under key. When the key already holds limit postings
// or more it is full: add reports only its first peek postings, adds
// nothing and returns full. Documents are numbered below 1<<31.
func (p *postings) add(key, doc, word uint32, limit, peek int, out []posting) (_ []posting, full bool) {
	before, full := p.insert(key, doc, word, limit, peek)
	return appendOthers(out, before, doc), full
}

// insert is add without the copy: it returns the postings under key before
// the call (the first peek of them when the key is full), doc's own among
// them, valid until the next call.
func (p *postings) insert(key, doc, word uint32, limit, peek int) (before []posting, full bool) {
	if limit <= 0 {
		return nil, true
	}
	if 4*(p.used+1) > 3*len(p.slots) {
		p.grow()
	}
	mask := len(p.slots) - 1
	i := p.home(key)
	for ; p.slots[i].val != 0; i = (i + 1) & mask {
		s := &p.slots[i]
		if s.key != key {
			continue
		}
		if s.val&listBit == 0 {
			first := posting{s.val - 1, s.word}
			if limit <= 1 {
				p.one[0] = first
				return p.one[:min(1, peek)], true
			}
			p.lists = append(p.lists, []posting{first, {doc, word}})
			s.val = listBit | uint32(len(p.lists)-1)
			return p.lists[len(p.lists)-1][:1], false
		}
		list := &p.lists[s.val&^listBit]
		if len(*list) >= limit {
			return (*list)[:min(len(*list), peek)], true
		}
		before = *list
		*list = append(*list, posting{doc, word})
		return before, false
	}
	p.slots[i] = slot{key, doc + 1, word}
	p.used++
	return nil, false
}

// find appends to out the postings under key, unless the key holds limit
// postings or more.
func (p *postings) find(key uint32, limit int, out []posting) []posting {
	if len(p.slots) == 0 {
		return out
	}
	mask := len(p.slots) - 1
	for i := p.home(key); p.slots[i].val != 0; i = (i + 1) & mask {
		s := &p.slots[i]
		switch {
		case s.key != key:
			continue
		case s.val&listBit == 0:
			if limit > 1 {
				out = append(out, posting{s.val - 1, s.word})
			}
		case len(p.lists[s.val&^listBit]) < limit:
			out = append(out, p.lists[s.val&^listBit]...)
		}
		break
	}
	return out
}

// appendOthers appends the postings of documents other than doc.
func appendOthers(out, ps []posting, doc uint32) []posting {
	for _, q := range ps {
		if q.doc != doc {
			out = append(out, q)
		}
	}
	return out
}

// reserve sizes an empty table for n keys at most three quarters full. A
// generation of anchors after the first knows its size: reserving it at
// once spares the copies of doubling.
func (p *postings) reserve(n int) {
	size := slotsFor(n)
	p.slots = make([]slot, size)
	p.shift = uint8(32 - log2(size))
}

// slotsFor returns the table size for n keys at most three quarters full.
func slotsFor(n int) int {
	size := minPostings
	for 3*size < 4*n {
		size *= 2
	}
	return size
}

// growToFull is the share of its full size (expect) from which a growing
// table takes that size at once: a table this large will most likely
// fill, and the last doublings copy the most.
const growToFull = 8

// grow doubles the table, or once it is large, sizes it for expect keys.
func (p *postings) grow() {
	old := p.slots
	n := max(2*len(old), minPostings)
	if full := slotsFor(p.expect); p.expect > 0 && n < full && n*growToFull >= full {
		n = full
	}
	p.slots = make([]slot, n)
	p.shift = uint8(32 - log2(n))
	mask := n - 1
	for _, s := range old {
		if s.val == 0 {
			continue
		}
		i := p.home(s.key)
		for p.slots[i].val != 0 {
			i = (i + 1) & mask
		}
		p.slots[i] = s
	}
}

// reset empties the table and keeps its slots, which a table of the same
// use will need again.
func (p *postings) reset() {
	clear(p.slots)
	clear(p.lists)
	p.lists = p.lists[:0]
	p.used = 0
}

// touch reads the home slot of every key, so that the cache misses of a
// document's look-ups overlap instead of coming one after another.
func (p *postings) touch(keys []Anchor) {
	if len(p.slots) == 0 {
		return
	}
	var sum uint32
	for _, a := range keys {
		sum += p.slots[p.home(a.Hash)].val
	}
	p.sink = sum
}

func log2(n int) int {
	k := 0
	for 1<<k < n {
		k++
	}
	return k
}
