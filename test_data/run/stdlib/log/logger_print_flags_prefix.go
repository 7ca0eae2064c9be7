package main

import (
	"bytes"
	"fmt"
	"io"
	"log"
	"os"
	"strings"
)

func main() {
	var buf bytes.Buffer
	l := log.New(&buf, "app: ", 0)
	l.Print("plain", 1, 2, "x", "y", 3.5)
	l.Printf("formatted %d %q", 7, "s")
	l.Println("line", 1, 2)
	l.Print("already ends in newline\n")
	l.Print("")
	l.Printf("two\nlines")
	fmt.Print(buf.String())
	buf.Reset()

	fmt.Println("Prefix:", l.Prefix(), "Flags:", l.Flags(), "Writer is buf:", l.Writer() == io.Writer(&buf))
	l.SetPrefix("[pfx] ")
	l.SetFlags(log.Lmsgprefix)
	l.Println("prefix after the header")
	l.SetFlags(log.Lshortfile)
	l.Println("with file and line")
	l.SetFlags(log.Lshortfile | log.Lmsgprefix)
	l.Println("short file, message prefix")
	fmt.Print(buf.String())
	buf.Reset()

	// Output with a call depth: 1 names the caller of Output, 2 the caller of that.
	l.SetPrefix("")
	l.Output(1, "depth 1")
	helper(l)
	fmt.Print(buf.String())
	buf.Reset()

	// The date and time flags: check the shape, not the value.
	l.SetFlags(log.LstdFlags)
	l.Print("stamped")
	shape("LstdFlags", buf.String(), "dddd/dd/dd dd:dd:dd stamped\n")
	buf.Reset()
	l.SetFlags(log.Ldate | log.Ltime | log.Lmicroseconds | log.LUTC)
	l.SetPrefix("P ")
	l.Print("micro")
	shape("Lmicroseconds", buf.String(), "P dddd/dd/dd dd:dd:dd.dddddd micro\n")
	buf.Reset()
	l.SetFlags(log.Ltime | log.Lmsgprefix)
	l.Print("time only")
	shape("Ltime|Lmsgprefix", buf.String(), "dd:dd:dd P time only\n")
	buf.Reset()
	l.SetFlags(log.Llongfile)
	l.SetPrefix("")
	l.Print("long")
	out := buf.String()
	fmt.Println("Llongfile:", strings.HasSuffix(out, "logger_print_flags_prefix.go:58: long\n"))
	buf.Reset()

	fmt.Println(log.Ldate, log.Ltime, log.Lmicroseconds, log.Llongfile, log.Lshortfile, log.LUTC, log.Lmsgprefix, log.LstdFlags)

	// The standard logger: stderr with LstdFlags until changed.
	fmt.Println("std flags:", log.Flags(), "prefix:", log.Prefix() == "", "writer is stderr:", log.Writer() == io.Writer(os.Stderr))
	log.SetOutput(os.Stdout)
	log.SetFlags(0)
	log.SetPrefix("std: ")
	log.Print("to stdout")
	log.Printf("%v+%v", 1, 2)
	log.Println("done")
	log.Output(1, "via Output")
	log.SetFlags(log.Lshortfile)
	log.Print("std short file")
	fmt.Println(log.Default().Prefix(), log.Default().Flags() == log.Lshortfile)
	log.Default().SetFlags(0)
	log.Default().Print("through Default")

	// Writing to io.Discard skips formatting entirely.
	log.SetOutput(io.Discard)
	log.Print(stringer{})
	log.SetOutput(os.Stdout)
	log.Print(stringer{})
	log.SetOutput(os.Stderr)
	log.Print("on stderr")
}

type stringer struct{}

func (stringer) String() string { return "String called" }

func helper(l *log.Logger) {
	l.SetFlags(log.Lshortfile)
	l.Output(2, "depth 2 names main")
}

// shape replaces digits by 'd' and compares with want.
func shape(what, got, want string) {
	b := []byte(got)
	for i, c := range b {
		if c >= '0' && c <= '9' {
			b[i] = 'd'
		}
	}
	fmt.Printf("%s shape ok: %v\n", what, string(b) == want)
	if string(b) != want {
		fmt.Printf("  got %q\n", got)
	}
}
