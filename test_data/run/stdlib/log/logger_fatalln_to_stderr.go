package main

import (
	"log"
	"os"
)

func main() {
	l := log.New(os.Stderr, "", log.Lmsgprefix)
	l.SetPrefix("E ")
	l.Print("first")
	l.Fatalln("stop", "here")
}
