// bytes.Buffer: Write*, Read* (ReadByte/ReadRune/ReadBytes/ReadString with delimiters and io.EOF), Unread*
// (and their errors after other operations), Next, Truncate (and its panic), Grow (and the negative panic),
// Len/Cap after Go's growth steps, Reset, ReadFrom/WriteTo, NewBuffer/NewBufferString, String of a nil *Buffer,
// MinRead and ErrTooLarge; error texts are Go 1.19's.
package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"
)

func try(name string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Printf("%s: panic: %v\n", name, r)
		}
	}()
	f()
}

type chunkReader struct {
	data []byte
	n    int
}

func (r *chunkReader) Read(p []byte) (int, error) {
	if len(r.data) == 0 {
		return 0, io.EOF
	}
	k := r.n
	if k > len(p) {
		k = len(p)
	}
	if k > len(r.data) {
		k = len(r.data)
	}
	copy(p, r.data[:k])
	r.data = r.data[k:]
	return k, nil
}

type errReader struct{}

func (errReader) Read(p []byte) (int, error) { return 2, errors.New("boom") }

func main() {
	var b bytes.Buffer
	fmt.Println(b.Len(), b.Cap(), b.String() == "", bytes.MinRead)
	n, err := b.WriteString("hello ")
	fmt.Println(n, err, b.Len(), b.Cap())
	n, err = b.Write([]byte("world"))
	fmt.Println(n, err, b.Len(), b.Cap())
	fmt.Println(b.WriteByte('!'))
	n, err = b.WriteRune('☺')
	fmt.Println(n, err, b.String())
	n, err = b.WriteRune(-1)
	fmt.Println(n, err, b.Len())

	c, err := b.ReadByte()
	fmt.Printf("%q %v\n", c, err)
	fmt.Println(b.UnreadByte(), b.UnreadByte())
	p := make([]byte, 3)
	n, err = b.Read(p)
	fmt.Printf("%d %v %q %d\n", n, err, p[:n], b.Len())
	fmt.Println("UnreadRune after Read:", b.UnreadRune())
	fmt.Println("UnreadByte after Read:", b.UnreadByte())
	fmt.Printf("Next(3)=%q Next(0)=%q\n", b.Next(3), b.Next(0))
	line, err := b.ReadString('!')
	fmt.Printf("%q %v\n", line, err)
	r, size, err := b.ReadRune()
	fmt.Printf("%q %d %v\n", r, size, err)
	fmt.Println(b.UnreadRune(), b.UnreadRune())
	r, size, err = b.ReadRune()
	fmt.Printf("%q %d %v Len=%d\n", r, size, err, b.Len())
	rest, err := b.ReadBytes('x')
	fmt.Printf("%q %v\n", rest, err)
	r, size, err = b.ReadRune()
	fmt.Printf("at EOF: %q %d %v\n", r, size, err)
	n, err = b.Read(p)
	fmt.Println(n, err)
	n, err = b.Read(nil)
	fmt.Println("Read(nil) empty:", n, err)
	fmt.Println(b.UnreadByte(), b.UnreadRune())
	c, err = b.ReadByte()
	fmt.Println(c, err)
	fmt.Printf("Next at EOF: %q\n", b.Next(5))

	b.Reset()
	b.WriteString("line1\nline2\nline3")
	for {
		s, err := b.ReadString('\n')
		fmt.Printf("%q %v\n", s, err)
		if err != nil {
			break
		}
	}

	t := bytes.NewBufferString("0123456789")
	t.Truncate(5)
	fmt.Println(t.String(), t.Len())
	t.ReadByte()
	t.Truncate(2)
	fmt.Println(t.String())
	t.Truncate(0)
	fmt.Println(t.Len(), t.String() == "")
	try("Truncate(-1)", func() { t.Truncate(-1) })
	try("Truncate(beyond)", func() { bytes.NewBufferString("ab").Truncate(3) })
	try("Grow(-1)", func() { t.Grow(-1) })

	var g bytes.Buffer
	g.Grow(10)
	fmt.Println("Grow(10):", g.Len(), g.Cap())
	g.Grow(100)
	fmt.Println("Grow(100):", g.Len(), g.Cap())
	g.WriteString(strings.Repeat("x", 150))
	fmt.Println(g.Len(), g.Cap())
	g.Next(140)
	g.Grow(50)
	fmt.Println("after Next/Grow:", g.Len(), g.Cap())
	var caps []int
	var h bytes.Buffer
	last := -1
	for i := 0; i < 5000; i++ {
		h.WriteByte('y')
		if h.Cap() != last {
			last = h.Cap()
			caps = append(caps, last)
		}
	}
	fmt.Println(caps)

	nb := bytes.NewBuffer([]byte("preset"))
	fmt.Println(nb.Len(), nb.Cap(), nb.String())
	nb = bytes.NewBuffer(make([]byte, 0, 100))
	fmt.Println(nb.Len(), nb.Cap())
	fmt.Printf("%q %q\n", nb.Bytes(), bytes.NewBuffer(nil).Bytes())

	var rf bytes.Buffer
	m, err := rf.ReadFrom(&chunkReader{[]byte(strings.Repeat("abcdefgh", 100)), 37})
	fmt.Println("ReadFrom:", m, err, rf.Len())
	m, err = rf.ReadFrom(errReader{})
	fmt.Println("ReadFrom err:", m, err, rf.Len())
	var wt bytes.Buffer
	m, err = rf.WriteTo(&wt)
	fmt.Println("WriteTo:", m, err, rf.Len(), wt.Len())
	m, err = rf.WriteTo(&wt)
	fmt.Println("WriteTo empty:", m, err)

	var nilBuf *bytes.Buffer
	fmt.Println(nilBuf.String())
	fmt.Println(bytes.ErrTooLarge)
	var w io.Writer = &rf
	fmt.Fprintf(w, "%05d|%s", 42, "z")
	fmt.Println(rf.String())
	_, ok1 := w.(io.ReaderFrom)
	_, ok2 := w.(io.ByteScanner)
	_, ok3 := w.(io.RuneScanner)
	_, ok4 := w.(io.StringWriter)
	fmt.Println(ok1, ok2, ok3, ok4)

	// Bytes aliases the buffer's content until the next modification.
	var al bytes.Buffer
	al.WriteString("abc")
	bs := al.Bytes()
	bs[0] = 'X'
	fmt.Println(al.String())
}
