// Assignments of a field of what a pointer points to, to another field of the same object (`p.a = p.b`,
// `b.buf = b.buf[:0]`), move nothing new into the object: Go ignores them ("ignoring self-assignment") instead of
// making the parameter leak.
package main

type Buf struct {
	buf  []byte
	a, b *int
}

func (b *Buf) reset() { // ERROR "b does not escape$"
	b.buf = b.buf[:0] // ERROR "\(\*Buf\).reset ignoring self-assignment in b.buf = b.buf\[:0\]$"
}

func (b *Buf) swap() { // ERROR "b does not escape$"
	b.a = b.b // ERROR "\(\*Buf\).swap ignoring self-assignment in b.a = b.b$"
}

func (b *Buf) grow(n int) { // ERROR "b does not escape$"
	b.buf = b.buf[:n] // ERROR "\(\*Buf\).grow ignoring self-assignment in b.buf = b.buf\[:n\]$"
}

type byN []*int

// The swap idiom: one message for the whole tuple assignment, with the statement as written.
func (s byN) Swap(i, j int) { // ERROR "s does not escape$"
	s[i], s[j] = s[j], s[i] // ERROR "byN.Swap ignoring self-assignment in s\[i\], s\[j\] = s\[j\], s\[i\]$"
}

type heap []*int

func (h *heap) Swap(i, j int) { // ERROR "h does not escape$"
	(*h)[i], (*h)[j] = (*h)[j], (*h)[i] // ERROR "\(\*heap\).Swap ignoring self-assignment in \(\*h\)\[i\], \(\*h\)\[j\] = \(\*h\)\[j\], \(\*h\)\[i\]$"
}

func main() {
	var b Buf
	b.reset()
	b.swap()
	b.grow(0)
	byN{nil, nil}.Swap(0, 1) // ERROR "byN{...} does not escape$"
	h := heap{nil, nil}      // ERROR "heap{...} does not escape$"
	h.Swap(0, 1)
}
