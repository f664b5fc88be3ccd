package dedup

// postings maps uint32 keys (n-gram hashes, sketch values) to the
// (document, word) pairs added under them, up to a limit per key. Most
// n-grams occur in one document only, so a key holds its first document in
// its own 8-byte slot of an open-addressing table (linear probing) and gets
// a list only when a second posting comes: no list header, no allocation
// and one cache miss for the common case, and a look-up never walks through
// another key's postings. The word of a key's first posting is not stored:
// wordOf finds it, once, when the key gets a list.
type postings struct {
	slots  []slot
	lists  [][]posting
	used   int
	shift  uint8  // 32 - log2(len(slots))
	sink   uint32 // keeps touch from being optimized away
	wordOf func(doc, key uint32) uint32
}

// slot is a free slot (val 0), a key with one posting (val is the document
// number plus one) or a key with a list (val is listBit plus the list's
// index).
type slot struct {
	key, val uint32
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
	if limit <= 0 {
		return out, true
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
			first := posting{doc: s.val - 1}
			if p.wordOf != nil {
				first.word = p.wordOf(first.doc, key)
			}
			if limit <= 1 {
				return appendOthers(out, []posting{first}[:min(1, peek)], doc), true
			}
			out = appendOthers(out, []posting{first}, doc)
			p.lists = append(p.lists, []posting{first, {doc, word}})
			s.val = listBit | uint32(len(p.lists)-1)
			return out, false
		}
		list := &p.lists[s.val&^listBit]
		if len(*list) >= limit {
			return appendOthers(out, (*list)[:min(len(*list), peek)], doc), true
		}
		out = appendOthers(out, *list, doc)
		*list = append(*list, posting{doc, word})
		return out, false
	}
	p.slots[i] = slot{key, doc + 1}
	p.used++
	return out, false
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

// grow doubles the table.
func (p *postings) grow() {
	old := p.slots
	n := max(2*len(old), minPostings)
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
