package main

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"strings"
)

func main() {
	f, err := os.Create("data.txt")
	fmt.Println("Create:", err, f.Name())
	n, err := f.Write([]byte("hello, "))
	fmt.Println("Write:", n, err)
	n, err = f.WriteString("world\n")
	fmt.Println("WriteString:", n, err)
	n, err = fmt.Fprintf(f, "line %d\n", 2)
	fmt.Println("Fprintf:", n, err)

	off, err := f.Seek(0, io.SeekCurrent)
	fmt.Println("Seek current:", off, err)
	off, err = f.Seek(0, io.SeekStart)
	fmt.Println("Seek start:", off, err)
	buf := make([]byte, 5)
	n, err = f.Read(buf)
	fmt.Printf("Read: %d %v %q\n", n, err, buf[:n])
	off, err = f.Seek(-7, io.SeekEnd)
	fmt.Println("Seek end:", off, err)
	rest, err := io.ReadAll(f)
	fmt.Printf("ReadAll: %q %v\n", rest, err)
	n, err = f.Read(buf)
	fmt.Println("Read at EOF:", n, err, err == io.EOF)
	n, err = f.Read(nil)
	fmt.Println("Read empty:", n, err)
	off, err = f.Seek(-100, io.SeekStart)
	fmt.Println("Seek negative:", off, err)

	// ReadAt and WriteAt do not move the offset.
	n, err = f.ReadAt(buf, 7)
	fmt.Printf("ReadAt: %d %v %q\n", n, err, buf[:n])
	n, err = f.ReadAt(buf, 18)
	fmt.Printf("ReadAt near end: %d %v %q\n", n, err, buf[:n])
	n, err = f.ReadAt(buf, 1000)
	fmt.Println("ReadAt past end:", n, err)
	n, err = f.ReadAt(buf, -1)
	fmt.Println("ReadAt negative:", n, err)
	n, err = f.WriteAt([]byte("W"), 7)
	fmt.Println("WriteAt:", n, err)
	n, err = f.WriteAt([]byte("x"), -2)
	fmt.Println("WriteAt negative:", n, err)
	n, err = f.WriteAt([]byte("!"), 25)
	fmt.Println("WriteAt past end:", n, err)

	fi, err := f.Stat()
	fmt.Println("Stat:", fi.Name(), fi.Size(), fi.Mode(), fi.IsDir(), err)
	fmt.Println("Truncate:", f.Truncate(12))
	fmt.Println("Sync:", f.Sync())
	fi, _ = f.Stat()
	fmt.Println("size after Truncate:", fi.Size())
	fmt.Println("Close:", f.Close())

	// Operations on a closed file fail with ErrClosed, as in Go.
	err = f.Close()
	fmt.Println("Close again:", err, errors.Is(err, os.ErrClosed), errors.Is(err, fs.ErrClosed))
	n, err = f.Read(buf)
	fmt.Println("Read closed:", n, err)
	n, err = f.Write(buf)
	fmt.Println("Write closed:", n, err)
	_, err = f.Seek(0, io.SeekStart)
	fmt.Println("Seek closed:", err)
	_, err = f.Stat()
	fmt.Println("Stat closed:", err)
	fmt.Println("Truncate closed:", f.Truncate(0))
	fmt.Println("Sync closed:", f.Sync())
	_, err = f.ReadAt(buf, 0)
	fmt.Println("ReadAt closed:", err)
	lr := &io.LimitedReader{R: strings.NewReader("abcdef"), N: 3}
	m, err := f.ReadFrom(lr)
	fmt.Println("ReadFrom closed:", m, err, "reader left:", lr.N)

	data, err := os.ReadFile("data.txt")
	fmt.Printf("ReadFile: %q %v\n", data, err)

	// A file opened for reading only refuses writes; an O_APPEND file refuses WriteAt.
	r, _ := os.Open("data.txt")
	n, err = r.Write([]byte("x"))
	fmt.Println("Write to read-only:", n, err)
	r.Close()
	a, err := os.OpenFile("data.txt", os.O_APPEND|os.O_WRONLY, 0)
	fmt.Println("OpenFile append:", err)
	a.WriteString("appended\n")
	n, err = a.WriteAt([]byte("x"), 0)
	fmt.Println("WriteAt append:", n, err)
	n, err = a.Read(buf)
	fmt.Println("Read write-only:", n, err)
	a.Close()

	// O_EXCL on an existing file, O_CREATE of a new one with a mode.
	_, err = os.OpenFile("data.txt", os.O_CREATE|os.O_EXCL|os.O_WRONLY, 0644)
	fmt.Println("O_EXCL:", err, os.IsExist(err), errors.Is(err, fs.ErrExist))
	c, err := os.OpenFile("new.txt", os.O_CREATE|os.O_WRONLY, 0600)
	fmt.Println("O_CREATE:", err)
	c.Close()
	fi, _ = os.Stat("new.txt")
	fmt.Println("new mode:", fi.Mode(), fi.Size())
	fmt.Println("Truncate path:", os.Truncate("new.txt", 3))
	fi, _ = os.Stat("new.txt")
	fmt.Println("size:", fi.Size())
	fmt.Println("Truncate missing:", os.Truncate("missing.txt", 3))

	// WriteFile truncates; ReadFile reads it back.
	fmt.Println(os.WriteFile("data.txt", []byte("short"), 0644))
	data, _ = os.ReadFile("data.txt")
	fmt.Printf("%q\n", data)
	big := make([]byte, 100000)
	for i := range big {
		big[i] = byte('a' + i%26)
	}
	fmt.Println(os.WriteFile("big.txt", big, 0644))
	data, _ = os.ReadFile("big.txt")
	fmt.Println(len(data), string(data[99990:]))

	// A nil *File.
	var nf *os.File
	_, err = nf.Read(buf)
	fmt.Println("nil File:", err, err == os.ErrInvalid, nf.Close(), nf.Fd() == ^uintptr(0))
	fmt.Println(os.Remove("data.txt"), os.Remove("new.txt"), os.Remove("big.txt"))
}
