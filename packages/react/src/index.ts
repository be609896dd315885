'use client'
import { useState } from 'react'
export function useX() { return useState(1) }
