package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"
)

// oneByteReader returns at most one byte per Read.
type oneByteReader struct{ r io.Reader }

func (o *oneByteReader) Read(p []byte) (int, error) {
	if len(p) == 0 {
		return 0, nil
	}
	return o.r.Read(p[:1])
}

// errReader returns its data, then err.
type errReader struct {
	data string
	err  error
}

func (e *errReader) Read(p []byte) (int, error) {
	if e.data == "" {
		return 0, e.err
	}
	n := copy(p, e.data)
	e.data = e.data[n:]
	return n, nil
}

// shortWriter accepts at most max bytes per call without an error.
type shortWriter struct{ max int }

func (s shortWriter) Write(p []byte) (int, error) {
	if len(p) > s.max {
		return s.max, nil
	}
	return len(p), nil
}

type failWriter struct{}

func (failWriter) Write(p []byte) (int, error) { return 0, errors.New("disk full") }

func main() {
	data, err := io.ReadAll(strings.NewReader("hello, reader"))
	fmt.Printf("ReadAll %q %v\n", data, err)
	data, err = io.ReadAll(strings.NewReader(""))
	fmt.Printf("ReadAll empty %q %v %v\n", data, err, data == nil)
	big := strings.Repeat("0123456789", 300)
	data, err = io.ReadAll(&oneByteReader{strings.NewReader(big)})
	fmt.Println("ReadAll one byte at a time:", len(data), err, string(data) == big)
	data, err = io.ReadAll(&errReader{"abc", errors.New("boom")})
	fmt.Printf("ReadAll error %q %v\n", data, err)

	var b bytes.Buffer
	n, err := io.Copy(&b, strings.NewReader("copy me"))
	fmt.Println("Copy", n, err, b.String())
	b.Reset()
	n, err = io.Copy(&b, &oneByteReader{strings.NewReader("slowly")})
	fmt.Println("Copy one byte", n, err, b.String())
	n, err = io.Copy(failWriter{}, &oneByteReader{strings.NewReader("xyz")})
	fmt.Println("Copy to failing writer", n, err)
	n, err = io.Copy(shortWriter{2}, &oneByteReader{strings.NewReader("xyz")})
	fmt.Println("Copy to short writer", n, err)
	n, err = io.Copy(shortWriter{0}, &errReader{"abc", io.EOF})
	fmt.Println("Copy short writer 0", n, err, err == io.ErrShortWrite)
	n, err = io.Copy(io.Discard, &errReader{"abcdef", errors.New("read failed")})
	fmt.Println("Copy read error", n, err)

	b.Reset()
	n, err = io.CopyN(&b, strings.NewReader("0123456789"), 4)
	fmt.Println("CopyN 4", n, err, b.String())
	b.Reset()
	n, err = io.CopyN(&b, strings.NewReader("012"), 10)
	fmt.Println("CopyN past end", n, err, b.String())
	n, err = io.CopyN(&b, strings.NewReader("012"), 0)
	fmt.Println("CopyN 0", n, err)

	b.Reset()
	n, err = io.CopyBuffer(&b, &oneByteReader{strings.NewReader("buffered")}, make([]byte, 3))
	fmt.Println("CopyBuffer", n, err, b.String())
	func() {
		defer func() { fmt.Println("CopyBuffer empty buffer panics:", recover()) }()
		io.CopyBuffer(&b, &oneByteReader{strings.NewReader("x")}, make([]byte, 0))
	}()

	buf := make([]byte, 5)
	k, err := io.ReadFull(strings.NewReader("abcdefg"), buf)
	fmt.Printf("ReadFull %d %v %q\n", k, err, buf[:k])
	k, err = io.ReadFull(strings.NewReader("abc"), buf)
	fmt.Printf("ReadFull short %d %v %q %v\n", k, err, buf[:k], err == io.ErrUnexpectedEOF)
	k, err = io.ReadFull(strings.NewReader(""), buf)
	fmt.Println("ReadFull nothing", k, err, err == io.EOF)
	k, err = io.ReadFull(&oneByteReader{strings.NewReader("vwxyz!")}, buf)
	fmt.Printf("ReadFull slow %d %v %q\n", k, err, buf[:k])
	k, err = io.ReadFull(&errReader{"ab", errors.New("bad disk")}, buf)
	fmt.Println("ReadFull error", k, err)

	k, err = io.ReadAtLeast(strings.NewReader("abcdef"), buf, 2)
	fmt.Printf("ReadAtLeast %d %v %q\n", k, err, buf[:k])
	k, err = io.ReadAtLeast(strings.NewReader("abcdef"), buf, 6)
	fmt.Println("ReadAtLeast short buffer", k, err, err == io.ErrShortBuffer)
	k, err = io.ReadAtLeast(strings.NewReader("a"), buf, 3)
	fmt.Println("ReadAtLeast unexpected EOF", k, err)

	var sb strings.Builder
	k, err = io.WriteString(&sb, "via StringWriter")
	fmt.Println("WriteString", k, err, sb.String())
	b.Reset()
	k, err = io.WriteString(shortWriter{100}, "via Write")
	fmt.Println("WriteString Write", k, err)

	fmt.Println(io.EOF, "|", io.ErrUnexpectedEOF, "|", io.ErrShortBuffer, "|", io.ErrShortWrite, "|", io.ErrNoProgress)
	fmt.Println(io.SeekStart, io.SeekCurrent, io.SeekEnd)
}
