package main

import (
	"bytes"
	"fmt"
	"log"
	"os"
)

func try(f func()) {
	defer func() {
		r := recover()
		fmt.Printf("recovered %T %q\n", r, r)
	}()
	f()
}

func main() {
	var buf bytes.Buffer
	l := log.New(&buf, "L ", 0)
	try(func() { l.Panic("a", 1, "b") })
	try(func() { l.Panicf("code %d", 7) })
	try(func() { l.Panicln("with", "newline") })
	fmt.Printf("logged %q\n", buf.String())

	log.SetFlags(0)
	log.SetOutput(os.Stdout)
	try(func() { log.Panicf("std %s", "panicf") })
	try(func() { log.Panicln("std panicln") })
	log.Panic("unrecovered ", "log.Panic")
}
