// bufio.Writer: buffering until Flush, Available/Buffered/Size, Write larger than the buffer, WriteByte,
// WriteRune (ASCII, multi-byte, invalid), WriteString, ReadFrom, a failing writer (sticky error, short write),
// Reset, NewWriterSize's reuse of a big enough *Writer, AvailableBuffer, and ReadWriter.
package main

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"
)

// failAfter accepts n bytes, then fails.
type failAfter struct {
	n   int
	got bytes.Buffer
}

func (f *failAfter) Write(p []byte) (int, error) {
	if len(p) <= f.n {
		f.n -= len(p)
		f.got.Write(p)
		return len(p), nil
	}
	k := f.n
	f.got.Write(p[:k])
	f.n = 0
	return k, errors.New("disk full")
}

func main() {
	var dst bytes.Buffer
	w := bufio.NewWriterSize(&dst, 16)
	fmt.Println("size", w.Size(), "available", w.Available(), "buffered", w.Buffered())
	w.WriteString("hello")
	w.WriteByte(' ')
	n, err := w.WriteRune('世')
	fmt.Println("WriteRune", n, err)
	n, err = w.WriteRune(-1)
	fmt.Println("WriteRune invalid", n, err)
	fmt.Printf("before flush dst=%q buffered=%d available=%d\n", dst.String(), w.Buffered(), w.Available())
	fmt.Println("Flush", w.Flush())
	fmt.Printf("after flush dst=%q buffered=%d\n", dst.String(), w.Buffered())
	n, err = w.Write([]byte(strings.Repeat("x", 40)))
	fmt.Println("big Write", n, err, "dst", dst.Len(), "buffered", w.Buffered())
	w.WriteString(strings.Repeat("y", 20))
	fmt.Println("dst", dst.Len(), "buffered", w.Buffered())
	w.Flush()
	fmt.Println("dst", dst.Len())

	ab := w.AvailableBuffer()
	ab = append(ab, "abc"...)
	w.Write(ab)
	fmt.Println("AvailableBuffer len", len(ab), "buffered", w.Buffered())
	w.Flush()

	rn, err := w.ReadFrom(strings.NewReader(strings.Repeat("r", 50)))
	fmt.Println("ReadFrom", rn, err, "buffered", w.Buffered())
	w.Flush()
	fmt.Println("dst", dst.Len())

	f := &failAfter{n: 10}
	fw := bufio.NewWriterSize(f, 16)
	fw.WriteString("0123456789ABCDEF")
	n, err = fw.WriteString("more")
	fmt.Println("write past full", n, err)
	fmt.Println("Flush:", fw.Flush(), "buffered", fw.Buffered())
	n, err = fw.WriteString("after")
	fmt.Println("sticky", n, err)
	fmt.Println("WriteByte sticky", fw.WriteByte('z'))
	fmt.Printf("got %q\n", f.got.String())
	var d2 bytes.Buffer
	fw.Reset(&d2)
	fw.WriteString("reset ok")
	fmt.Println("after Reset", fw.Flush(), d2.String())

	big := bufio.NewWriterSize(io.Discard, 64)
	fmt.Println("reused", bufio.NewWriterSize(big, 32) == big, bufio.NewWriterSize(big, 128) == big)
	fmt.Println("default size", bufio.NewWriter(&dst).Size(), "min", bufio.NewWriterSize(&dst, -5).Size())

	var rwOut bytes.Buffer
	rw := bufio.NewReadWriter(bufio.NewReader(strings.NewReader("ping\n")), bufio.NewWriter(&rwOut))
	line, _ := rw.ReadString('\n')
	rw.WriteString("pong: " + line)
	fmt.Printf("ReadWriter before flush %q\n", rwOut.String())
	rw.Flush()
	fmt.Printf("ReadWriter %q available %d\n", rwOut.String(), rw.Available())
}
