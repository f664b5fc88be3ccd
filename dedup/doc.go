// Package dedup finds copies of the same report in a corpus, and the
// passages reports share, at the scale of millions of documents.
//
//	f := dedup.NewFinder(dedup.Options{})
//	res := f.Add(id, date, dedup.Sign(text)) // res.Duplicates, res.Shared
//
// Sign reduces a document to a Signature: a 64-bit simhash over three-word
// shingles of the normalized text (bit for bit the fingerprint
// github.com/mfonda/simhash defines, computed without allocating), a
// bottom-k sketch of the shingles, and winnowed hashes of eight-word n-grams.
// Signing is independent per document, so it runs in parallel; a Finder then
// takes the signatures in input order.
//
// Two documents are near-duplicates when their simhashes are within
// Options.MaxDistance bits and their sketches confirm that most of the
// shorter text is in the other. A Finder meets its candidates through the
// sketch values they share, never by comparing all pairs: at a million
// documents the 18 bits edited news needs hold hundreds of unrelated
// fingerprints each, while shared sketch values point at shared text. An
// Index searches fingerprints alone by Hamming radius, for the narrower
// radii where that scales.
// Near-duplicates form clusters, each represented by its earliest dated
// document, else its first. Documents share passages when runs of at least
// Options.MinPassage words appear in both; a SharedPair says where, in words
// of each document, and how much of each the passages cover. Passages are
// sought among recent documents, as many as Options.PassageMemory holds,
// so memory stays bounded on an endless stream; near-duplicates are sought
// in the whole corpus, for about 900 bytes a document.
//
// Store keeps signatures in a locked, checksummed index file for incremental
// runs. SignLines and Group split the work into a map step and a reduce step
// joined by a plain sort, for corpora beyond one machine.
package dedup
