// bufio.Reader: Read, ReadByte, UnreadByte, ReadRune (invalid UTF-8, runes split across fills), UnreadRune and
// their errors, Peek, Discard, Buffered, Size, NewReaderSize's minimum and reuse of a big enough *Reader, Reset.
package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"strings"
)

// oneByte returns one byte per Read, to split runes and tokens across buffer fills.
type oneByte struct{ s string }

func (r *oneByte) Read(p []byte) (int, error) {
	if r.s == "" {
		return 0, io.EOF
	}
	if len(p) == 0 {
		return 0, nil
	}
	p[0] = r.s[0]
	r.s = r.s[1:]
	return 1, nil
}

func main() {
	r := bufio.NewReader(strings.NewReader("héllo, 世界\xff!"))
	fmt.Println("size", r.Size(), "buffered", r.Buffered())
	b, err := r.ReadByte()
	fmt.Printf("ReadByte %q %v buffered %d\n", b, err, r.Buffered())
	fmt.Println("UnreadByte", r.UnreadByte())
	fmt.Println("UnreadByte again", r.UnreadByte())
	for {
		c, size, err := r.ReadRune()
		if err != nil {
			fmt.Println("ReadRune end:", err)
			break
		}
		fmt.Printf("%q %d; ", c, size)
	}
	fmt.Println()
	fmt.Println("UnreadRune after EOF:", r.UnreadRune())

	r = bufio.NewReader(&oneByte{"世a"})
	c, size, err := r.ReadRune()
	fmt.Printf("split rune %q %d %v\n", c, size, err)
	fmt.Println("UnreadRune", r.UnreadRune(), "UnreadRune again", r.UnreadRune())
	c, size, err = r.ReadRune()
	fmt.Printf("again %q %d %v\n", c, size, err)
	r.ReadByte()
	fmt.Println("UnreadRune after ReadByte:", r.UnreadRune())

	r = bufio.NewReaderSize(strings.NewReader("0123456789abcdefghijklmnopqrstuvwxyz"), 0)
	fmt.Println("min size", r.Size())
	p, err := r.Peek(5)
	fmt.Printf("Peek(5) %q %v\n", p, err)
	p, err = r.Peek(17)
	fmt.Printf("Peek(17) %q %v\n", p, err)
	p, err = r.Peek(-1)
	fmt.Printf("Peek(-1) %q %v\n", p, err)
	n, err := r.Discard(3)
	fmt.Println("Discard(3)", n, err, "buffered", r.Buffered())
	buf := make([]byte, 4)
	n, err = r.Read(buf)
	fmt.Printf("Read %d %q %v\n", n, buf[:n], err)
	n, err = r.Discard(100)
	fmt.Println("Discard(100)", n, err)
	n, err = r.Read(buf)
	fmt.Println("Read at EOF", n, err)
	n, err = r.Read(nil)
	fmt.Println("Read(nil)", n, err)
	fmt.Println("UnreadByte at start:", bufio.NewReader(strings.NewReader("x")).UnreadByte())

	big := bufio.NewReaderSize(strings.NewReader("x"), 64)
	same := bufio.NewReaderSize(big, 32)
	fmt.Println("reused", same == big, bufio.NewReaderSize(big, 128) == big, bufio.NewReader(big) == big)

	r.Reset(strings.NewReader("fresh"))
	line, err := r.ReadString('!')
	fmt.Printf("after Reset %q %v\n", line, err)

	// A reader's error is returned once the buffered data is consumed.
	boom := errors.New("boom")
	r = bufio.NewReader(io.MultiReader(strings.NewReader("ab"), &errAfter{boom}))
	for i := 0; i < 4; i++ {
		b, err := r.ReadByte()
		fmt.Printf("%q %v; ", b, err)
	}
	fmt.Println()
	// Large reads bypass the buffer.
	r = bufio.NewReaderSize(strings.NewReader(strings.Repeat("z", 100)), 16)
	all := make([]byte, 64)
	n, err = r.Read(all)
	fmt.Println("big Read", n, err, "buffered", r.Buffered())
}

type errAfter struct{ err error }

func (e *errAfter) Read(p []byte) (int, error) { return 0, e.err }
