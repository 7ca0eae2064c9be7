package main

import "log"

func main() {
	log.SetFlags(0)
	log.Fatal("plain fatal ", 1, 2)
}
