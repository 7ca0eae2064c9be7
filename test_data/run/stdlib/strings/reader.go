// strings.Reader: Read, ReadAt (negative offset, past the end, short reads with io.EOF), ReadByte/UnreadByte,
// ReadRune/UnreadRune (invalid UTF-8, unread after another operation), Seek with every whence and its errors,
// WriteTo (to a buffer and a short writer), Len/Size, Reset, and use through io interfaces (io.ReadAll,
// io.Copy, io.SectionReader); error texts are Go's.
package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"
)

type shortWriter struct{ n int }

func (w *shortWriter) Write(p []byte) (int, error) {
	if len(p) > w.n {
		return w.n, nil
	}
	return len(p), nil
}

type failWriter struct{}

func (failWriter) Write(p []byte) (int, error) { return 1, errors.New("fail") }

func main() {
	r := strings.NewReader("0123456789")
	fmt.Println(r.Len(), r.Size())
	buf := make([]byte, 4)
	for i := 0; i < 4; i++ {
		n, err := r.Read(buf)
		fmt.Printf("Read: %d %v %q Len=%d\n", n, err, buf[:n], r.Len())
	}
	n, err := r.Read(nil)
	fmt.Println("Read(nil) at EOF:", n, err)

	r = strings.NewReader("0123456789")
	for _, off := range []int64{0, 5, 8, 9, 10, 11, -1} {
		b := make([]byte, 3)
		n, err := r.ReadAt(b, off)
		fmt.Printf("ReadAt(%d): %d %v %q\n", off, n, err, b[:n])
	}
	fmt.Println("Len after ReadAt:", r.Len())

	seeks := []struct {
		off    int64
		whence int
	}{{0, io.SeekStart}, {5, io.SeekCurrent}, {-1, io.SeekEnd}, {3, io.SeekStart}, {-4, io.SeekCurrent},
		{100, io.SeekStart}, {-11, io.SeekEnd}, {0, 7}, {-5, io.SeekStart}}
	for _, s := range seeks {
		pos, err := r.Seek(s.off, s.whence)
		c, berr := r.ReadByte()
		fmt.Printf("Seek(%d, %d) = %d %v; ReadByte = %q %v Len=%d\n", s.off, s.whence, pos, err, c, berr, r.Len())
	}
	r.Seek(100, io.SeekStart)
	n, err = r.Read(buf)
	fmt.Println("Read beyond end:", n, err, r.Len())

	r = strings.NewReader("a☺\xffb")
	for {
		ch, size, err := r.ReadRune()
		fmt.Printf("ReadRune: %q %d %v\n", ch, size, err)
		if err != nil {
			break
		}
	}
	fmt.Println("UnreadRune after EOF:", r.UnreadRune())
	r.Reset("xy☺")
	r.ReadRune()
	fmt.Println("UnreadRune:", r.UnreadRune())
	fmt.Println("UnreadRune twice:", r.UnreadRune())
	r.ReadByte()
	fmt.Println("UnreadRune after ReadByte:", r.UnreadRune())
	fmt.Println("UnreadByte:", r.UnreadByte())
	fmt.Println("UnreadByte at start:", r.UnreadByte())
	fmt.Println("UnreadRune at start:", r.UnreadRune())
	r.Seek(1, io.SeekStart)
	ch, size, _ := r.ReadRune()
	ch2, size2, _ := r.ReadRune()
	fmt.Printf("%q %d %q %d\n", ch, size, ch2, size2)
	fmt.Println(r.UnreadRune(), r.Len())
	r.Seek(0, io.SeekCurrent)
	fmt.Println("UnreadRune after Seek:", r.UnreadRune())

	r = strings.NewReader("hello, world")
	r.ReadByte()
	var bb bytes.Buffer
	wn, err := r.WriteTo(&bb)
	fmt.Println("WriteTo:", wn, err, bb.String(), r.Len())
	wn, err = r.WriteTo(&bb)
	fmt.Println("WriteTo again:", wn, err)
	r.Reset("abcdef")
	wn, err = r.WriteTo(&shortWriter{2})
	fmt.Println("WriteTo short:", wn, err, r.Len())
	wn, err = r.WriteTo(failWriter{})
	fmt.Println("WriteTo fail:", wn, err, r.Len())

	all, err := io.ReadAll(strings.NewReader("read all of it"))
	fmt.Printf("%q %v\n", all, err)
	var out bytes.Buffer
	cn, err := io.Copy(&out, strings.NewReader("copied"))
	fmt.Println(cn, err, out.String())
	sec := io.NewSectionReader(strings.NewReader("0123456789"), 2, 5)
	sb, _ := io.ReadAll(sec)
	fmt.Printf("%q\n", sb)

	var zero strings.Reader
	zn, zerr := zero.Read(buf)
	fmt.Println(zero.Len(), zero.Size(), zn, zerr)
	var rd io.Reader = strings.NewReader("x")
	_, isRS := rd.(io.RuneScanner)
	_, isWT := rd.(io.WriterTo)
	_, isRA := rd.(io.ReaderAt)
	_, isSk := rd.(io.Seeker)
	fmt.Println(isRS, isWT, isRA, isSk)
}
