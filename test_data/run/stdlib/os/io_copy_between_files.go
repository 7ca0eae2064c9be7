package main

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"strings"
)

func main() {
	src, _ := os.Create("src.txt")
	w := bufio.NewWriter(src)
	for i := 0; i < 1000; i++ {
		fmt.Fprintf(w, "%04d\n", i)
	}
	fmt.Println("Flush:", w.Flush())
	src.Seek(0, io.SeekStart)

	// io.Copy from a file to a file goes through (*File).ReadFrom.
	dst, _ := os.Create("dst.txt")
	n, err := io.Copy(dst, src)
	fmt.Println("Copy:", n, err)
	fi, _ := dst.Stat()
	fmt.Println("dst size:", fi.Size())

	// The file as io.ReaderAt, io.Seeker, io.WriterAt.
	var ra io.ReaderAt = src
	sr := io.NewSectionReader(ra, 5*500, 5*3)
	data, err := io.ReadAll(sr)
	fmt.Printf("SectionReader: %q %v\n", data, err)
	var ws io.WriteSeeker = dst
	off, _ := ws.Seek(0, io.SeekEnd)
	fmt.Println("end:", off)
	var wa io.WriterAt = dst
	wa.WriteAt([]byte("XXXX"), 0)

	// ReadFrom with a plain reader, CopyN into a file, ReadFull from it.
	m, err := dst.ReadFrom(strings.NewReader("tail\n"))
	fmt.Println("ReadFrom:", m, err)
	n, err = io.CopyN(dst, strings.NewReader("0123456789"), 4)
	fmt.Println("CopyN:", n, err)
	dst.Seek(0, io.SeekStart)
	head := make([]byte, 10)
	k, err := io.ReadFull(dst, head)
	fmt.Printf("ReadFull: %d %v %q\n", k, err, head)
	dst.Seek(-9, io.SeekEnd)
	rest, _ := io.ReadAll(dst)
	fmt.Printf("end of dst: %q\n", rest)

	// Line by line with bufio.Scanner, and a TeeReader into another file.
	dst.Seek(0, io.SeekStart)
	copyf, _ := os.Create("copy.txt")
	sc := bufio.NewScanner(io.TeeReader(dst, copyf))
	lines, sum := 0, 0
	for sc.Scan() {
		lines++
		var v int
		if _, err := fmt.Sscan(sc.Text(), &v); err == nil {
			sum += v
		}
	}
	fmt.Println("lines:", lines, "sum:", sum, sc.Err())
	copyf.Close()
	a, _ := os.ReadFile("dst.txt")
	b, _ := os.ReadFile("copy.txt")
	fmt.Println("tee copy equal:", string(a) == string(b), len(a))

	// MultiWriter over two files, then compare.
	f1, _ := os.Create("m1.txt")
	f2, _ := os.Create("m2.txt")
	mw := io.MultiWriter(f1, f2)
	fmt.Fprintf(mw, "to both %d\n", 2)
	f1.Close()
	f2.Close()
	c1, _ := os.ReadFile("m1.txt")
	c2, _ := os.ReadFile("m2.txt")
	fmt.Printf("%q %q\n", c1, c2)

	src.Close()
	dst.Close()
	for _, name := range []string{"src.txt", "dst.txt", "copy.txt", "m1.txt", "m2.txt"} {
		if err := os.Remove(name); err != nil {
			fmt.Println(err)
		}
	}
}
