// bufio.Reader: ReadSlice (ErrBufferFull), ReadLine (isPrefix, \r\n, final line), ReadBytes and ReadString across
// buffer fills, and WriteTo.
package main

import (
	"bufio"
	"bytes"
	"fmt"
	"strings"
)

func main() {
	in := "short\r\n" + strings.Repeat("L", 40) + "\nmid\r\nno-newline"
	r := bufio.NewReaderSize(strings.NewReader(in), 16)
	for {
		line, isPrefix, err := r.ReadLine()
		if err != nil {
			fmt.Println("ReadLine end:", err)
			break
		}
		fmt.Printf("%q prefix=%v\n", line, isPrefix)
	}

	r = bufio.NewReaderSize(strings.NewReader(strings.Repeat("s", 20)+";tail"), 16)
	s, err := r.ReadSlice(';')
	fmt.Printf("ReadSlice %q %v\n", s, err)
	s, err = r.ReadSlice(';')
	fmt.Printf("ReadSlice %q %v\n", s, err)
	s, err = r.ReadSlice(';')
	fmt.Printf("ReadSlice %q %v\n", s, err)

	r = bufio.NewReaderSize(strings.NewReader(strings.Repeat("b", 50)+",c,,d"), 16)
	for {
		tok, err := r.ReadBytes(',')
		fmt.Printf("ReadBytes %d %q %v\n", len(tok), tok[len(tok)-min(len(tok), 3):], err)
		if err != nil {
			break
		}
	}
	r = bufio.NewReader(strings.NewReader("a\nb\n\nc"))
	for {
		l, err := r.ReadString('\n')
		fmt.Printf("ReadString %q %v\n", l, err)
		if err != nil {
			break
		}
	}

	r = bufio.NewReaderSize(strings.NewReader("head|"+strings.Repeat("w", 30)), 16)
	r.ReadString('|')
	var out bytes.Buffer
	n, err := r.WriteTo(&out)
	fmt.Println("WriteTo", n, err, out.Len())
	// A line ending in \r at the end of a full buffer: ReadLine keeps the \r for the next call.
	r = bufio.NewReaderSize(strings.NewReader("123456789012345\r\nnext"), 16)
	for i := 0; i < 3; i++ {
		line, isPrefix, err := r.ReadLine()
		fmt.Printf("%q %v %v\n", line, isPrefix, err)
	}
}

func min(a, b int) int {
	if a < b {
		return a
	}
	return b
}
