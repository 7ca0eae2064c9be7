package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"
)

type upperWriter struct{ b *bytes.Buffer }

func (u upperWriter) Write(p []byte) (int, error) {
	return u.b.Write(bytes.ToUpper(p))
}

type failWriter struct{}

func (failWriter) Write(p []byte) (int, error) { return 1, errors.New("write failed") }

type closer struct {
	io.Reader
	name string
}

func main() {
	// MultiReader: readers in sequence; EOF only after the last one.
	mr := io.MultiReader(strings.NewReader("ab"), strings.NewReader(""), strings.NewReader("cde"))
	buf := make([]byte, 10)
	for {
		n, err := mr.Read(buf)
		fmt.Printf("MultiReader read %q %v\n", buf[:n], err)
		if err != nil {
			break
		}
	}
	data, _ := io.ReadAll(io.MultiReader())
	fmt.Printf("empty MultiReader %q\n", data)
	nested := io.MultiReader(io.MultiReader(strings.NewReader("x"), strings.NewReader("y")), strings.NewReader("z"))
	data, _ = io.ReadAll(nested)
	fmt.Printf("nested MultiReader %q\n", data)

	// MultiWriter: every writer gets every write; the first error stops it.
	var b1, b2 bytes.Buffer
	mw := io.MultiWriter(&b1, upperWriter{&b2})
	n, err := io.WriteString(mw, "hello ")
	fmt.Println("MultiWriter", n, err)
	fmt.Fprintf(mw, "%d world", 42)
	fmt.Printf("%q %q\n", b1.String(), b2.String())
	n, err = io.MultiWriter(&b1, failWriter{}, &b2).Write([]byte("tail"))
	fmt.Println("MultiWriter failure", n, err)
	n, err = io.MultiWriter(&b1, io.MultiWriter(&b2)).Write([]byte("!"))
	fmt.Println("MultiWriter nested", n, err, b1.String(), b2.String())

	// TeeReader: what is read is written.
	var log bytes.Buffer
	tr := io.TeeReader(strings.NewReader("tee data"), &log)
	data, err = io.ReadAll(tr)
	fmt.Printf("TeeReader %q %v log=%q\n", data, err, log.String())
	tr = io.TeeReader(strings.NewReader("abc"), failWriter{})
	n, err = tr.Read(buf)
	fmt.Println("TeeReader write error", n, err)

	// LimitReader / LimitedReader.
	lr := io.LimitReader(strings.NewReader("0123456789"), 4)
	data, err = io.ReadAll(lr)
	fmt.Printf("LimitReader %q %v\n", data, err)
	l := &io.LimitedReader{R: strings.NewReader("abcdef"), N: 3}
	n, err = l.Read(buf[:2])
	fmt.Println("LimitedReader", n, err, l.N)
	n, err = l.Read(buf)
	fmt.Println("LimitedReader", n, err, l.N)
	n, err = l.Read(buf)
	fmt.Println("LimitedReader", n, err, l.N)
	l = &io.LimitedReader{R: strings.NewReader("abc"), N: -1}
	n, err = l.Read(buf)
	fmt.Println("LimitedReader negative", n, err)

	// SectionReader: Read, ReadAt, Seek with every whence, and its errors.
	sr := io.NewSectionReader(strings.NewReader("0123456789abcdef"), 4, 8)
	fmt.Println("Size", sr.Size())
	data, err = io.ReadAll(sr)
	fmt.Printf("section %q %v\n", data, err)
	p := make([]byte, 3)
	n, err = sr.ReadAt(p, 2)
	fmt.Printf("ReadAt 2 %d %v %q\n", n, err, p[:n])
	n, err = sr.ReadAt(p, 6)
	fmt.Printf("ReadAt 6 %d %v %q\n", n, err, p[:n])
	n, err = sr.ReadAt(p, 8)
	fmt.Printf("ReadAt 8 %d %v\n", n, err)
	n, err = sr.ReadAt(p, -1)
	fmt.Printf("ReadAt -1 %d %v\n", n, err)
	off, err := sr.Seek(2, io.SeekStart)
	fmt.Println("Seek start", off, err)
	off, err = sr.Seek(3, io.SeekCurrent)
	fmt.Println("Seek current", off, err)
	n, _ = sr.Read(p)
	fmt.Printf("after seek %q\n", p[:n])
	off, err = sr.Seek(-1, io.SeekEnd)
	fmt.Println("Seek end", off, err)
	n, err = sr.Read(p)
	fmt.Printf("at end %q %v\n", p[:n], err)
	off, err = sr.Seek(20, io.SeekStart)
	fmt.Println("Seek past end", off, err)
	n, err = sr.Read(p)
	fmt.Println("read past end", n, err)
	off, err = sr.Seek(-1, io.SeekStart)
	fmt.Println("Seek negative", off, err)
	off, err = sr.Seek(0, 7)
	fmt.Println("Seek bad whence", off, err)

	// NopCloser keeps the reader; Discard swallows everything.
	rc := io.NopCloser(strings.NewReader("nop"))
	fmt.Println("NopCloser Close", rc.Close())
	data, _ = io.ReadAll(rc)
	fmt.Printf("NopCloser data %q\n", data)
	n, err = io.Discard.Write([]byte("gone"))
	fmt.Println("Discard", n, err)
	c, err := io.Copy(io.Discard, strings.NewReader(strings.Repeat("z", 10000)))
	fmt.Println("Copy to Discard", c, err)
	if sw, ok := io.Discard.(io.StringWriter); ok {
		n, err = sw.WriteString("str")
		fmt.Println("Discard WriteString", n, err)
	}
	if rf, ok := io.Discard.(io.ReaderFrom); ok {
		c, err = rf.ReadFrom(strings.NewReader("from"))
		fmt.Println("Discard ReadFrom", c, err)
	}

	// Interfaces are satisfied as in Go.
	var rs io.ReadSeeker = sr
	var ra io.ReaderAt = sr
	var rwc io.ReadCloser = closer{strings.NewReader("c"), "c"}
	_, isWriterTo := rc.(io.WriterTo)
	fmt.Println(rs != nil, ra != nil, rwc != nil, isWriterTo)
}

func (c closer) Close() error { return nil }
