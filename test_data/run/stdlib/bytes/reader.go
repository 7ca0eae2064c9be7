// bytes.Reader: Read, ReadAt, ReadByte/UnreadByte, ReadRune/UnreadRune, Seek (every whence, its errors), WriteTo,
// Len/Size, Reset, the zero Reader, and use through io functions; error texts are Go 1.19's.
package main

import (
	"bytes"
	"fmt"
	"io"
)

func main() {
	r := bytes.NewReader([]byte("0123456789"))
	fmt.Println(r.Len(), r.Size())
	buf := make([]byte, 4)
	for i := 0; i < 4; i++ {
		n, err := r.Read(buf)
		fmt.Printf("Read: %d %v %q Len=%d\n", n, err, buf[:n], r.Len())
	}
	for _, off := range []int64{0, 8, 10, 11, -1} {
		b := make([]byte, 3)
		n, err := r.ReadAt(b, off)
		fmt.Printf("ReadAt(%d): %d %v %q\n", off, n, err, b[:n])
	}
	for _, s := range []struct {
		off    int64
		whence int
	}{{2, io.SeekStart}, {3, io.SeekCurrent}, {-2, io.SeekEnd}, {50, io.SeekStart}, {-1, io.SeekStart}, {0, 9}} {
		pos, err := r.Seek(s.off, s.whence)
		c, berr := r.ReadByte()
		fmt.Printf("Seek(%d, %d) = %d %v; ReadByte = %q %v\n", s.off, s.whence, pos, err, c, berr)
	}

	r.Reset([]byte("h☺\xff"))
	for {
		ch, size, err := r.ReadRune()
		fmt.Printf("ReadRune: %q %d %v\n", ch, size, err)
		if err != nil {
			break
		}
	}
	fmt.Println(r.UnreadRune())
	r.Seek(1, io.SeekStart)
	r.ReadRune()
	fmt.Println(r.UnreadRune(), r.UnreadRune(), r.Len())
	fmt.Println(r.UnreadByte(), r.UnreadByte(), r.UnreadByte())
	r.ReadByte()
	fmt.Println(r.UnreadRune())

	r.Reset([]byte("write me"))
	r.ReadByte()
	var out bytes.Buffer
	n, err := r.WriteTo(&out)
	fmt.Println(n, err, out.String(), r.Len())

	var zero bytes.Reader
	zn, zerr := zero.Read(buf)
	fmt.Println(zero.Len(), zero.Size(), zn, zerr)
	all, err := io.ReadAll(io.LimitReader(bytes.NewReader([]byte("limited reader")), 7))
	fmt.Printf("%q %v\n", all, err)
}
