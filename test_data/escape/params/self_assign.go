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

func main() {
	var b Buf
	b.reset()
	b.swap()
	b.grow(0)
}
