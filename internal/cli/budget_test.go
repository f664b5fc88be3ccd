package cli

import (
	"context"
	"testing"
	"time"
)

// start calls acquire(size) on its own goroutine; the channel gets its result.
func start(b *budget, size int) <-chan bool {
	ok := make(chan bool, 1)
	go func() { ok <- b.acquire(size) }()
	return ok
}

// within reports whether the acquire behind ok returned true within d.
func within(ok <-chan bool, d time.Duration) bool {
	select {
	case v := <-ok:
		return v
	case <-time.After(d):
		return false
	}
}

const (
	prompt = 5 * time.Second       // what an acquire that should go gets
	held   = 50 * time.Millisecond // how long one that should wait is watched
)

func TestBudgetBoundsDocumentsAndBytes(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()

	b := newBudget(ctx, 3, 100)
	if !within(start(b, 60), prompt) || !within(start(b, 40), prompt) {
		t.Fatal("documents within the budget were held back")
	}
	next := start(b, 1)
	if within(next, held) {
		t.Fatal("a document past the byte budget went in")
	}
	b.release(60)
	if !within(next, prompt) {
		t.Fatal("a document that fits again was still held back")
	}
	b.release(40)
	b.release(1)

	if !within(start(b, 500), prompt) {
		t.Fatal("a document larger than the budget did not go alone")
	}
	next = start(b, 1)
	if within(next, held) {
		t.Fatal("a document went in beside one larger than the budget")
	}
	b.release(500)
	if !within(next, prompt) {
		t.Fatal("a document was held back after the large one left")
	}

	b = newBudget(ctx, 2, 1<<20)
	if !within(start(b, 1), prompt) || !within(start(b, 1), prompt) {
		t.Fatal("documents within the limit were held back")
	}
	next = start(b, 1)
	if within(next, held) {
		t.Fatal("the document limit does not hold")
	}
	b.release(1)
	if !within(next, prompt) {
		t.Fatal("a document was held back after another left")
	}
}

func TestBudgetWaitEndsOnCancel(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	b := newBudget(ctx, 1, 10)
	b.acquire(1)
	waiting := start(b, 1)
	cancel()
	select {
	case ok := <-waiting:
		if ok {
			t.Fatal("acquire succeeded after cancel")
		}
	case <-time.After(prompt):
		t.Fatal("acquire still waiting after cancel")
	}
}
